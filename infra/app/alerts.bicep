// Emails the force's on-call address when something needs a person: a message in a poison queue, a post that
// failed on every attempt, or an urgent mention. All three are log alerts on Application Insights; see
// docs/deploy.md for why poison-queue depth is not a storage metric alert.
param actionGroupName string
param alertNamePrefix string
param location string
param tags object = {}

@description('Where alert emails go.')
param alertEmail string

@description('The Application Insights component the app and host write telemetry to.')
param applicationInsightsId string

@description('Instrument names the app publishes (PipelineMetrics in PoliceSocial.Core).')
param failedPostsMetric string
param urgentAlertsMetric string

@description('Suffix of the queues the host moves a message to after maxDequeueCount attempts (QueueNames.PoisonOf).')
param poisonQueueSuffix string

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'policesocial'
    enabled: true
    emailReceivers: [
      {
        name: 'on-call'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var alerts = [
  {
    name: 'poison-messages'
    severity: 1
    description: 'A queue message failed every attempt and was moved to a poison queue. Inspect and replay it.'
    // The host logs "... Moving message to queue '<queue>-poison'." each time it gives up on a message.
    query: 'traces | where message contains "Moving message to queue" and message contains "${poisonQueueSuffix}\'" | project timestamp, message'
  }
  {
    name: 'failed-posts'
    severity: 2
    description: 'An appeal could not be published on a platform after every attempt.'
    query: 'customMetrics | where name == "${failedPostsMetric}" | extend platform = tostring(customDimensions.platform) | summarize failed = sum(valueSum) by platform | where failed > 0'
  }
  {
    name: 'urgent-mentions'
    severity: 1
    description: 'A mention was classified urgent: check the triage inbox now.'
    query: 'customMetrics | where name == "${urgentAlertsMetric}" | extend platform = tostring(customDimensions.platform) | summarize urgent = sum(valueSum) by platform | where urgent > 0'
  }
]

resource rules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for alert in alerts: {
    name: '${alertNamePrefix}${alert.name}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: '${alertNamePrefix}${alert.name}'
      description: alert.description
      severity: alert.severity
      enabled: true
      scopes: [
        applicationInsightsId
      ]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT5M'
      criteria: {
        allOf: [
          {
            query: alert.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: false
      actions: {
        actionGroups: [
          actionGroup.id
        ]
      }
    }
  }
]

output actionGroupId string = actionGroup.id
