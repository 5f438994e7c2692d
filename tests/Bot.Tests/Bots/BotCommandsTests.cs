using KnowYourRights.Bot.Bots;

namespace KnowYourRights.Bot.Tests.Bots;

public sealed class BotCommandsTests
{
    [Theory]
    [InlineData("help", BotCommand.Help, "en")]
    [InlineData("  MENU!  ", BotCommand.Help, null)]
    [InlineData("¿ayuda?", BotCommand.Help, "es")]
    [InlineData("menú", BotCommand.Help, "es")]
    [InlineData("sources", BotCommand.Sources, "en")]
    [InlineData("Fuentes", BotCommand.Sources, "es")]
    [InlineData("start over", BotCommand.StartOver, "en")]
    [InlineData("Start   over.", BotCommand.StartOver, "en")]
    [InlineData("empezar de nuevo", BotCommand.StartOver, "es")]
    [InlineData("None of these", BotCommand.NoneOfThese, "en")]
    public void Recognizes_commands_in_english_and_spanish(string text, BotCommand expected, string? language)
    {
        Assert.Equal(expected, BotCommands.Parse(text, out var said));
        Assert.Equal(language, said);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("What are my sources of legal help?")]
    [InlineData("help me, ICE is at my door")]
    [InlineData("Can I start over with a new lawyer?")]
    public void Treats_questions_that_contain_command_words_as_questions(string? text)
    {
        Assert.Equal(BotCommand.None, BotCommands.Parse(text, out var language));
        Assert.Null(language);
    }
}
