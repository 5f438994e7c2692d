namespace KnowYourRights.Bot.Tests; public class SmokeTests { [Fact] public void Runs() => Assert.True(typeof(Microsoft.Bot.Builder.ActivityHandler) is not null); }
