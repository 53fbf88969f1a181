// The function app identity's roles, each on the narrowest scope that works: the blob containers, queues and
// tables the app and host use (not the account), the vault, and the Application Insights component.
param storageAccountName string
param keyVaultName string
param applicationInsightsName string
@description('The user-assigned identity the function app runs as.')
param identityName string

@description('Blob containers the host keeps its leases and keys in, and the Flex deployment package container.')
param containerNames array
param queueNames array
param tableNames array

@description('Optional: a person or pipeline that may write the platform tokens into the vault (azd sets AZURE_PRINCIPAL_ID).')
param vaultWriterPrincipalId string = ''

@description('User or ServicePrincipal, for vaultWriterPrincipalId.')
param vaultWriterPrincipalType string = 'User'

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

// Assignment names use the identity's resource id (known before deployment) where the style guide has the
// principal id (known only after): both are unique per identity, and the linter wants names fixed up front.
var principalId = identity.properties.principalId

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = [
  for container in containerNames: {
    parent: blobService
    name: container
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' existing = [
  for queue in queueNames: {
    parent: queueService
    name: queue
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' existing = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Timer and singleton leases (azure-webjobs-hosts), host keys (azure-webjobs-secrets), the deployment package.
resource containerOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (container, i) in containerNames: {
    scope: containers[i]
    name: guid(containers[i].id, identity.id, roles.storageBlobDataOwner)
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    }
  }
]

// Send, receive and delete messages; the host also moves failed messages to the -poison queues.
resource queueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (queue, i) in queueNames: {
    scope: queues[i]
    name: guid(queues[i].id, identity.id, roles.storageQueueDataContributor)
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    }
  }
]

resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (table, i) in tableNames: {
    scope: tables[i]
    name: guid(tables[i].id, identity.id, roles.storageTableDataContributor)
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    }
  }
]

// Read secrets for the app settings' Key Vault references.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, roles.keyVaultSecretsUser)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

// Publish telemetry with an Entra token, since the component accepts no instrumentation-key-only telemetry.
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: applicationInsights
  name: guid(applicationInsights.id, identity.id, roles.monitoringMetricsPublisher)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

// Not the app: the engineer who runs `azd up`, so they can set the platform tokens without a portal visit.
resource vaultWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(vaultWriterPrincipalId)) {
  scope: vault
  name: guid(vault.id, vaultWriterPrincipalId, roles.keyVaultSecretsOfficer)
  properties: {
    principalId: vaultWriterPrincipalId
    principalType: vaultWriterPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
  }
}
