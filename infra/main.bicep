// PoliceSocialFunctions: everything a force needs in its own subscription, in one resource group.
// `azd up` provisions this and deploys the function app; see docs/deploy.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment, e.g. "surrey-prod"; used in resource names and tags.')
param environmentName string

@minLength(1)
@description('Azure region for every resource, e.g. uksouth.')
param location string

@description('Email address that receives alerts (poison messages, failed posts, urgent mentions).')
param alertEmail string

@description('Client (application) id of the Entra app registration officers sign in to (see docs/deploy.md).')
param authClientId string

@description('Platforms to connect, comma-separated from: x, mastodon, bluesky, facebook. Set their secrets in Key Vault first.')
param enabledPlatforms string = ''

@description('X (Twitter) OAuth 2.0 client id.')
param xClientId string = ''

@description('X user id of the force account whose mentions are polled.')
param xUserId string = ''

@description('Base URL of the force\'s Mastodon instance, e.g. https://mastodon.social.')
param mastodonInstanceUrl string = ''

@description('Bluesky handle of the force account, e.g. force.police.uk.')
param blueskyHandle string = ''

@description('Facebook Page id of the force page.')
param facebookPageId string = ''

@description('True once the secret Alerts--WebhookUrl (e.g. a Teams workflow URL) is in Key Vault.')
param alertWebhookEnabled bool = false

@description('Mention classifier: the shipped local model, or Azure OpenAI (falling back to the local model).')
@allowed([
  'local'
  'azure-openai'
])
param classificationProvider string = 'local'

@description('Azure OpenAI endpoint when classificationProvider is azure-openai; grant the app identity Cognitive Services OpenAI User on it.')
param azureOpenAIEndpoint string = ''

@description('Azure OpenAI chat deployment name when classificationProvider is azure-openai.')
param azureOpenAIDeployment string = ''

@description('Reply once, publicly, to each urgent mention\'s conversation with 999 advice (in Welsh for Welsh mentions).')
param urgentAutoReplyEnabled bool = false

@description('NCRONTAB schedule for polling the platforms for mentions.')
param pollMentionsSchedule string = '0 */2 * * * *'

@description('NCRONTAB schedule for queueing appeal posts that are due.')
param queueDuePostsSchedule string = '0 * * * * *'

@description('Optional: object id of the engineer running azd (AZURE_PRINCIPAL_ID), given Key Vault Secrets Officer to set the tokens.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = '${abbrs.functionApp}${resourceToken}'
var keyVaultName = '${abbrs.keyVault}${resourceToken}'
var storageAccountName = '${abbrs.storageAccount}${resourceToken}'
var identityName = '${abbrs.managedIdentity}${resourceToken}'
var applicationInsightsName = '${abbrs.applicationInsights}${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}'
var platforms = map(split(enabledPlatforms, ','), p => toLower(trim(p)))

// The app's queues and tables: exactly QueueNames.All and TableNames.All in PoliceSocial.Core (a test checks).
// The LocalPlatform table is used only by local runs; it is created here too so the lists stay one to one.
var queueNames = [
  'mentions'
  'publish'
  'takedown'
  'alerts'
  'mentions-poison'
  'publish-poison'
  'takedown-poison'
  'alerts-poison'
]
var tableNames = [
  'Mentions'
  'Triage'
  'Cursors'
  'Appeals'
  'Schedule'
  'Audit'
  'Settings'
  'LocalPlatform'
  'UrgentReplies'
  'PlatformTokens'
]

// The host's own containers (timer leases, host keys), the Flex deployment package, and the app's containers
// (BlobContainerNames.All in the app: appeal images).
var containerNames = [
  'azure-webjobs-hosts'
  'azure-webjobs-secrets'
  deploymentContainerName
  'appeal-images'
]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourceGroup}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  scope: rg
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  scope: rg
  name: 'monitoring'
  params: {
    logAnalyticsName: '${abbrs.logAnalyticsWorkspace}${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  scope: rg
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    queueNames: queueNames
    tableNames: tableNames
    containerNames: containerNames
  }
}

module keyVault 'app/keyvault.bicep' = {
  scope: rg
  name: 'keyvault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  scope: rg
  name: 'rbac'
  params: {
    storageAccountName: storageAccountName
    keyVaultName: keyVaultName
    applicationInsightsName: applicationInsightsName
    identityName: identityName
    containerNames: containerNames
    queueNames: queueNames
    tableNames: tableNames
    vaultWriterPrincipalId: principalId
    vaultWriterPrincipalType: principalType
  }
  dependsOn: [
    identity
    monitoring
    storage
    keyVault
  ]
}

module functionApp 'app/function-app.bicep' = {
  scope: rg
  name: 'function-app'
  params: {
    planName: '${abbrs.servicePlan}${resourceToken}'
    appName: functionAppName
    location: location
    tags: tags
    identityId: identity.outputs.id
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    authClientId: authClientId
    // Every setting the app reads in Azure, and nothing else: exactly AppSettingNames.All (a test checks).
    // Secrets are Key Vault references (secret name = setting name with '__' as '--'), resolved with the app's
    // identity; a platform's settings are empty until it is listed in enabledPlatforms.
    appSettings: {
      // Host and app storage, identity-based: no connection string or account key anywhere.
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identity.outputs.clientId
      AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
      AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
      AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
      // Telemetry with an Entra token (the component has local auth disabled).
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
      // Schedules and behaviour.
      PollMentionsSchedule: pollMentionsSchedule
      QueueDuePostsSchedule: queueDuePostsSchedule
      Classification__Provider: classificationProvider
      Classification__AzureOpenAI__Endpoint: azureOpenAIEndpoint
      Classification__AzureOpenAI__Deployment: azureOpenAIDeployment
      Alerts__AutoReply__Enabled: string(urgentAutoReplyEnabled)
      Alerts__WebhookUrl: alertWebhookEnabled ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=Alerts--WebhookUrl)' : ''
      // Platforms: ids are parameters, tokens live in Key Vault.
      Platforms__X__ClientId: contains(platforms, 'x') ? xClientId : ''
      Platforms__X__UserId: contains(platforms, 'x') ? xUserId : ''
      Platforms__X__ClientSecret: contains(platforms, 'x') ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=Platforms--X--ClientSecret)' : ''
      Platforms__X__RefreshToken: contains(platforms, 'x') ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=Platforms--X--RefreshToken)' : ''
      Platforms__Mastodon__InstanceUrl: contains(platforms, 'mastodon') ? mastodonInstanceUrl : ''
      Platforms__Mastodon__AccessToken: contains(platforms, 'mastodon') ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=Platforms--Mastodon--AccessToken)' : ''
      Platforms__Bluesky__Handle: contains(platforms, 'bluesky') ? blueskyHandle : ''
      Platforms__Bluesky__AppPassword: contains(platforms, 'bluesky') ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=Platforms--Bluesky--AppPassword)' : ''
      Platforms__Facebook__PageId: contains(platforms, 'facebook') ? facebookPageId : ''
      Platforms__Facebook__PageAccessToken: contains(platforms, 'facebook') ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=Platforms--Facebook--PageAccessToken)' : ''
    }
  }
  dependsOn: [
    rbac
  ]
}

module alerts 'app/alerts.bicep' = {
  scope: rg
  name: 'alerts'
  params: {
    actionGroupName: '${abbrs.actionGroup}${resourceToken}'
    alertNamePrefix: '${abbrs.scheduledQueryRule}${resourceToken}-'
    location: location
    tags: tags
    alertEmail: alertEmail
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    // Instrument names from PipelineMetrics and the poison suffix from QueueNames (a test checks).
    failedPostsMetric: 'policesocial.posts.failed'
    urgentAlertsMetric: 'policesocial.alerts.urgent'
    poisonQueueSuffix: '-poison'
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.hostName}'
