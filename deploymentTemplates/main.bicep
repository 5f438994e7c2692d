// KnowYourRights.Bot on Azure: a Linux App Service (.NET 10) running the bot, an Azure Bot
// resource pointing at its /api/messages endpoint, the Direct Line and Web Chat channels, and
// (optionally) the SMS channel through Twilio. Scaled out (instanceCount > 1 or autoscale), also
// Azure Cache for Redis for the state the instances share, a Key Vault for its secrets (read by
// the app through Key Vault references with its managed identity) and an Azure Files share
// mounted as the data folder every instance reads the index from (docs/operations.md, "Scaling out").
// No secret is stored in this file or in the parameters file: pass them on the command line
// (see docs/operations.md, "Deploy to Azure").
targetScope = 'resourceGroup'

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Base name: the web app is <name>-app, the bot <name>-bot. Lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(40)
param name string

@description('App Service plan size. B1 is the smallest that is always on.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Instances of the app (the plan\'s capacity; with autoscale, where it starts). B1/B2 allow up to 3, S1 up to 10, P0v3/P1v3 up to 30.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Scale the plan between autoscaleMinInstances and autoscaleMaxInstances on CPU and on requests per instance. Needs S1, P0v3 or P1v3 (Basic plans do not autoscale).')
param enableAutoscale bool = false

@description('Autoscale: the fewest instances.')
@minValue(1)
@maxValue(30)
param autoscaleMinInstances int = 1

@description('Autoscale: the most instances.')
@minValue(1)
@maxValue(30)
param autoscaleMaxInstances int = 3

@description('Autoscale: add an instance when the plan\'s average CPU is above this (percent, over 10 minutes).')
@minValue(1)
@maxValue(100)
param scaleOutCpuPercent int = 70

@description('Autoscale: remove an instance when the plan\'s average CPU is below this (percent, over 20 minutes) and requests are low too.')
@minValue(1)
@maxValue(100)
param scaleInCpuPercent int = 30

@description('Autoscale: add an instance when each instance serves more than this many requests a minute (averaged over 10 minutes).')
@minValue(1)
param scaleOutRequestsPerInstance int = 600

@description('Autoscale: remove an instance when each instance serves fewer than this many requests a minute (over 20 minutes) and CPU is low too.')
@minValue(1)
param scaleInRequestsPerInstance int = 150

@description('Azure Cache for Redis for the state the instances share (conversations, SMS senders, Direct Line, rate limits) and the refresh lock. On by default when more than one instance can run.')
param enableRedis bool = instanceCount > 1 || enableAutoscale

@description('Azure Cache for Redis tier: Basic (no replica, no SLA), Standard (replicated) or Premium.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param redisSku string = 'Basic'

@description('Azure Cache for Redis size within the tier: 0 (250 MB) to 6 (C) or 1 to 5 (P). The app keeps little in it: C0 is enough for most campaigns.')
@minValue(0)
@maxValue(6)
param redisCapacity int = 0

@description('Use this Redis instead of creating one (e.g. Azure Managed Redis: host:10000,password=…,ssl=True,abortConnect=False). Stored in the Key Vault, never in an app setting.')
@secure()
param externalRedisConnectionString string = ''

@description('With Redis: the key (32+ characters, random) the instances derive their shared keys from: SMS sender keys, the Direct Line token key, the hashed client addresses of rate limits. Stored in the Key Vault. Keep it apart from Redis: whoever has both could reverse the hashed phone numbers.')
@secure()
param sharedKeySecret string = ''

@description('Mount an Azure Files share as the data folder (Knowledge:DataPath) every instance reads the index from. On by default when more than one instance can run; off, the data folder is /home/data (App Service storage).')
param enableFileShare bool = instanceCount > 1 || enableAutoscale

@description('Size of the data share in GiB (the index, the sources\' cache and the embeddings cache take a few hundred MB at most).')
@minValue(1)
@maxValue(5120)
param fileShareQuotaGiB int = 5

@description('Azure Bot pricing tier. F0 is free (standard channels only); S1 is needed for premium channels.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('How the bot authenticates to Azure Bot Service. New multi-tenant bots can no longer be created.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the Microsoft Entra app registration (client) id.')
param appId string = ''

@description('SingleTenant only: the app registration\'s client secret.')
@secure()
param appPassword string = ''

@description('SingleTenant only: the tenant of the app registration (default: this subscription\'s tenant).')
param appTenantId string = tenant().tenantId

@description('Turn on the SMS (Twilio) channel.')
param enableSms bool = false

@description('SMS: the Twilio phone number, in E.164 form (+15551234567).')
param twilioPhoneNumber string = ''

@description('SMS: the Twilio account SID.')
param twilioAccountSid string = ''

@description('SMS: the Twilio auth token.')
@secure()
param twilioAuthToken string = ''

@description('Turn on the phone line (Twilio Voice webhook POST /api/voice; see README, Phone line). Uses twilioAuthToken and twilioAccountSid; the number\'s "A call comes in" webhook must be the voiceWebhookUrl output.')
param enableVoice bool = false

@description('Phone line: the Twilio number callers dial, in E.164 form (+15551234567); shown on flyers and /outreach.')
param voiceNumber string = ''

@description('Urgent situations: the rapid-response hotline\'s name, as people know it (at most 48 plain letters). Leave hotlinePhone empty to have the bot tell people to call their local hotline instead.')
param hotlineName string = ''

@description('Urgent situations: the rapid-response hotline\'s number in E.164 form (+15551234567); urgent messages, the phone line ("press 1") and the flyer lead with it. Empty: no number is shown.')
param hotlinePhone string = ''

@description('Urgent situations: the hotline\'s web page (optional).')
param hotlineUrl string = ''

@description('Contact line the SMS HELP reply gives (an organisation name and phone or web address).')
param smsHelpContact string = ''

@description('The public address of the app (App:PublicBaseUrl), e.g. https://rights.example.org/ for a custom domain. Empty: the app\'s own https://<name>-app.azurewebsites.net/. Links and QR codes use it; the request\'s Host header never is.')
param publicBaseUrl string = ''

@description('Admin API key for /admin/index (refresh the knowledge). Empty turns the admin API off.')
@secure()
param adminApiKey string = ''

var appName = '${name}-app'
// The public address with one trailing slash: Twilio signs the exact URL, so /api/voice is appended to it once.
var publicBase = empty(publicBaseUrl) ? 'https://${appName}.azurewebsites.net/' : (endsWith(publicBaseUrl, '/') ? publicBaseUrl : '${publicBaseUrl}/')
var voiceWebhookUrl = '${publicBase}api/voice'
var botName = '${name}-bot'
var usesIdentity = appType == 'UserAssignedMSI'
var usesRedis = enableRedis || !empty(externalRedisConnectionString)
var createsRedis = usesRedis && empty(externalRedisConnectionString)
// The Key Vault holds the Redis secrets (and the admin key beside them); without Redis nothing needs it.
var usesKeyVault = usesRedis
// The identity is the bot's (UserAssignedMSI) and the one the app reads the Key Vault with.
var hasIdentity = usesIdentity || usesKeyVault
// Names that must be unique in Azure and allow no hyphens or long names: derived from the group and the base name.
var suffix = uniqueString(resourceGroup().id, name)
var dataShareName = 'knowledge'
var dataShareMountPath = '/mounts/knowledge'
// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (hasIdentity) {
  name: '${name}-identity'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource autoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = if (enableAutoscale) {
  name: '${name}-autoscale'
  location: location
  properties: {
    enabled: true
    targetResourceUri: plan.id
    profiles: [
      {
        name: 'cpu-and-requests'
        capacity: {
          minimum: string(autoscaleMinInstances)
          maximum: string(autoscaleMaxInstances)
          default: string(max(autoscaleMinInstances, min(instanceCount, autoscaleMaxInstances)))
        }
        // Out when any rule fires (quickly, 5 minutes apart); in only when every in-rule agrees (slowly).
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricNamespace: 'microsoft.web/serverfarms'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: scaleOutCpuPercent
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'Requests'
              metricNamespace: 'microsoft.web/sites'
              metricResourceUri: app.id
              timeGrain: 'PT1M'
              statistic: 'Sum'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: scaleOutRequestsPerInstance
              dividePerInstance: true
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricNamespace: 'microsoft.web/serverfarms'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT20M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: scaleInCpuPercent
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT10M'
            }
          }
          {
            metricTrigger: {
              metricName: 'Requests'
              metricNamespace: 'microsoft.web/sites'
              metricResourceUri: app.id
              timeGrain: 'PT1M'
              statistic: 'Sum'
              timeWindow: 'PT20M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: scaleInRequestsPerInstance
              dividePerInstance: true
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT10M'
            }
          }
        ]
      }
    ]
  }
}

resource redis 'Microsoft.Cache/redis@2024-11-01' = if (createsRedis) {
  name: '${name}-redis'
  location: location
  properties: {
    sku: {
      name: redisSku
      family: redisSku == 'Premium' ? 'P' : 'C'
      capacity: redisCapacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    redisConfiguration: {
      // Everything the app keeps has a time to live: under memory pressure the oldest of it goes first.
      'maxmemory-policy': 'volatile-lru'
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = if (usesKeyVault) {
  name: 'kv${suffix}'
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource redisConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (usesKeyVault) {
  parent: vault
  name: 'redis-connection-string'
  properties: {
    value: createsRedis
      ? '${redis!.properties.hostName}:${redis!.properties.sslPort},password=${redis!.listKeys().primaryKey},ssl=True,abortConnect=False'
      : externalRedisConnectionString
  }
}

resource sharedKeySecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (usesKeyVault) {
  parent: vault
  name: 'shared-key-secret'
  properties: {
    value: sharedKeySecret
  }
}

resource adminKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (usesKeyVault && !empty(adminApiKey)) {
  parent: vault
  name: 'admin-api-key'
  properties: {
    value: adminApiKey
  }
}

// The app's identity may read the vault's secrets: App Service resolves the Key Vault references with it.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (usesKeyVault) {
  name: guid(resourceGroup().id, name, 'kv-secrets-user')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: identity!.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = if (enableFileShare) {
  name: 'st${suffix}'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // App Service mounts Azure Files with the account key.
    allowSharedKeyAccess: true
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = if (enableFileShare) {
  parent: storage
  name: 'default'
}

resource dataShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = if (enableFileShare) {
  parent: fileService
  name: dataShareName
  properties: {
    shareQuota: fileShareQuotaGiB
    accessTier: 'TransactionOptimized'
    enabledProtocols: 'SMB'
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: hasIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${identity.id}': {}
        }
      }
    : null
  // Key Vault references resolve at the first start only if the identity may already read the vault.
  dependsOn: [
    secretsUser
  ]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // With the state in Redis any instance can serve any request: no sticky ARRAffinity cookie.
    clientAffinityEnabled: !usesRedis
    keyVaultReferenceIdentity: usesKeyVault ? identity.id : null
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      // An instance that stops answering is taken out of the load balancer's rotation (and replaced).
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'MicrosoftAppType'
          value: appType
        }
        {
          name: 'MicrosoftAppId'
          value: usesIdentity ? identity!.properties.clientId : appId
        }
        {
          name: 'MicrosoftAppPassword'
          value: usesIdentity ? '' : appPassword
        }
        {
          name: 'MicrosoftAppTenantId'
          value: usesIdentity ? identity!.properties.tenantId : appTenantId
        }
        {
          // Every instance reads the index from the same folder: the mounted Azure Files share, or
          // /home (App Service storage, kept across restarts and shared by instances) without it.
          name: 'Knowledge__DataPath'
          value: enableFileShare ? dataShareMountPath : '/home/data'
        }
        {
          // Only App Service's front end reaches the app, and it appends the client's address to
          // X-Forwarded-For: trust it (one hop), so per-client limits count real clients.
          name: 'RateLimiting__TrustedProxies__0'
          value: '0.0.0.0/0'
        }
        {
          name: 'RateLimiting__TrustedProxies__1'
          value: '::/0'
        }
        {
          // glibc's per-thread heaps, which the sentence model's allocations spread over, capped at two:
          // with the idle trim, a flood's growth is given back to about 400 MB (docs/operations.md).
          name: 'MALLOC_ARENA_MAX'
          value: '2'
        }
        {
          name: 'Sms__HelpContact'
          value: smsHelpContact
        }
        {
          name: 'Admin__ApiKey'
          value: usesKeyVault && !empty(adminApiKey) ? '@Microsoft.KeyVault(SecretUri=${adminKeySecret!.properties.secretUriWithVersion})' : adminApiKey
        }
        {
          name: 'App__PublicBaseUrl'
          value: publicBase
        }
        // The phone line: off (404) while Twilio__AuthToken or Twilio__VoiceWebhookUrl is empty.
        {
          name: 'Twilio__VoiceWebhookUrl'
          value: enableVoice ? voiceWebhookUrl : ''
        }
        {
          name: 'Twilio__AuthToken'
          value: enableVoice ? twilioAuthToken : ''
        }
        {
          name: 'Twilio__AccountSid'
          value: enableVoice ? twilioAccountSid : ''
        }
        {
          name: 'Outreach__VoiceNumber'
          value: enableVoice ? voiceNumber : ''
        }
        // The rapid-response hotline urgent messages lead with (checked as E.164 at start).
        {
          name: 'Urgent__HotlineName'
          value: hotlineName
        }
        {
          name: 'Urgent__HotlinePhone'
          value: hotlinePhone
        }
        {
          name: 'Urgent__HotlineUrl'
          value: hotlineUrl
        }
        // Empty without Redis: each instance then keeps its state in its own memory, as on one machine.
        // Versioned references: a new secret is a changed setting, so every instance restarts onto it together.
        {
          name: 'Redis__ConnectionString'
          value: usesRedis ? '@Microsoft.KeyVault(SecretUri=${redisConnectionSecret!.properties.secretUriWithVersion})' : ''
        }
        {
          name: 'Redis__KeySecret'
          value: usesRedis ? '@Microsoft.KeyVault(SecretUri=${sharedKeySecretValue!.properties.secretUriWithVersion})' : ''
        }
      ]
    }
  }
}

// The Azure Files share, mounted over SMB into every instance at the data folder's path.
resource dataMount 'Microsoft.Web/sites/config@2023-12-01' = if (enableFileShare) {
  parent: app
  name: 'azurestorageaccounts'
  dependsOn: [
    dataShare
  ]
  properties: {
    '${dataShareName}': {
      type: 'AzureFiles'
      accountName: storage.name
      shareName: dataShareName
      mountPath: dataShareMountPath
      accessKey: storage!.listKeys().keys[0].value
      protocol: 'Smb'
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Know Your Rights'
    description: 'Plain-language answers about ICE detainers, courthouse arrests and local data sharing with ICE, with citations. Legal information, not legal advice.'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppType: appType
    msaAppId: usesIdentity ? identity!.properties.clientId : appId
    msaAppTenantId: usesIdentity ? identity!.properties.tenantId : appTenantId
    msaAppMSIResourceId: usesIdentity ? identity.id : null
    disableLocalAuth: false
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

resource sms 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableSms) {
  parent: bot
  name: 'SmsChannel'
  location: 'global'
  properties: {
    channelName: 'SmsChannel'
    properties: {
      phone: twilioPhoneNumber
      accountSID: twilioAccountSid
      authToken: twilioAuthToken
      isEnabled: true
      isValidated: false
    }
  }
}

@description('The chat page.')
output webChatUrl string = 'https://${app.properties.defaultHostName}/'

@description('The Bot Framework messaging endpoint the Azure Bot calls.')
output messagingEndpoint string = bot.properties.endpoint

@description('The web app to deploy the published bot to.')
output webAppName string = app.name

@description('Phone line: the URL to enter as the Twilio number\'s "A call comes in" webhook (HTTP POST); empty when the phone line is off.')
output voiceWebhookUrl string = enableVoice ? voiceWebhookUrl : ''
