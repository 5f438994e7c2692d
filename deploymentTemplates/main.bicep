// KnowYourRights.Bot on Azure: a Linux App Service (.NET 10) running the bot, an Azure Bot
// resource pointing at its /api/messages endpoint, the Direct Line and Web Chat channels, and
// (optionally) the SMS channel through Twilio. No secret is stored in this file or in the
// parameters file: pass them on the command line (see the README, "Deploy to Azure").
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

@description('Contact line the SMS HELP reply gives (an organisation name and phone or web address).')
param smsHelpContact string = ''

@description('The public address of the app (App:PublicBaseUrl), e.g. https://rights.example.org/ for a custom domain. Empty: the app\'s own https://<name>-app.azurewebsites.net/. Links and QR codes use it; the request\'s Host header never is.')
param publicBaseUrl string = ''

@description('Admin API key for /admin/index (refresh the knowledge). Empty turns the admin API off.')
@secure()
param adminApiKey string = ''

var appName = '${name}-app'
var botName = '${name}-bot'
var usesIdentity = appType == 'UserAssignedMSI'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (usesIdentity) {
  name: '${name}-identity'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: usesIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${identity.id}': {}
        }
      }
    : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
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
          // App Service keeps /home across restarts and scale-out instances: the index lives there.
          name: 'Knowledge__DataPath'
          value: '/home/data'
        }
        {
          name: 'Sms__HelpContact'
          value: smsHelpContact
        }
        {
          name: 'Admin__ApiKey'
          value: adminApiKey
        }
        {
          name: 'App__PublicBaseUrl'
          value: empty(publicBaseUrl) ? 'https://${appName}.azurewebsites.net/' : publicBaseUrl
        }
      ]
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
