using KnowYourRights.Bot.Cli;

namespace KnowYourRights.Bot.Tests.Cli;

public class CommandLineAppTests
{
    [Theory]
    [InlineData(new[] { "ask", "q" }, true)]
    [InlineData(new[] { "index", "build" }, true)]
    [InlineData(new[] { "serve" }, false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new string[0], false)]
    public void Verbs_run_the_command_line_and_anything_else_runs_the_web_server(string[] args, bool cli)
    {
        Assert.Equal(cli, CommandLineApp.Handles(args));
    }

    [Fact]
    public void Web_arguments_keep_host_options_and_turn_data_into_configuration()
    {
        var args = CommandLineApp.WebArguments(["serve", "--urls", "http://127.0.0.1:5000", "--data", "/tmp/d"]);

        Assert.Equal(["--urls", "http://127.0.0.1:5000", "--Knowledge:DataPath=/tmp/d"], args);
    }
}
