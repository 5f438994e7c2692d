using System.Buffers.Text;
using System.Text;
using KnowYourRights.Bot.Channels.DirectLine;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private const string Secret = "a-test-secret-that-is-long-enough-1234";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_opens_its_conversation_until_it_expires()
    {
        var tokens = Service(TimeSpan.FromMinutes(30));
        var token = tokens.Issue("conversation-a");

        var check = tokens.Check(token);
        Assert.Equal(TokenStatus.Valid, check.Status);
        Assert.Equal("conversation-a", check.Token!.ConversationId);
        Assert.Equal(1800, tokens.SecondsLeft(check.Token));

        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(60, tokens.SecondsLeft(tokens.Check(token).Token!));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TokenStatus.Expired, tokens.Check(token).Status);
    }

    [Fact]
    public void Changing_the_conversation_in_a_token_breaks_its_signature()
    {
        var tokens = Service(TimeSpan.FromMinutes(30));
        var token = tokens.Issue("conversation-a");
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, token.IndexOf('.'))));
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.Replace("conversation-a", "conversation-b", StringComparison.Ordinal)))
            + token[token.IndexOf('.')..];

        Assert.Equal(TokenStatus.Invalid, tokens.Check(forged).Status);
    }

    [Fact]
    public void Extending_the_expiry_in_a_token_breaks_its_signature()
    {
        var tokens = Service(TimeSpan.FromSeconds(1));
        var token = tokens.Issue("conversation-a");
        var dot = token.IndexOf('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, dot)));
        var later = System.Text.RegularExpressions.Regex.Replace(payload, "\"x\":\\d+", "\"x\":99999999999999");
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(later)) + token[dot..];

        Assert.Equal(TokenStatus.Invalid, tokens.Check(forged).Status);
    }

    [Fact]
    public void A_token_signed_with_another_key_is_invalid()
    {
        var ours = Service(TimeSpan.FromMinutes(30));
        var theirs = Service(TimeSpan.FromMinutes(30), secret: null);

        Assert.Equal(TokenStatus.Invalid, ours.Check(theirs.Issue("conversation-a")).Status);
    }

    [Theory]
    [InlineData(null, TokenStatus.Missing)]
    [InlineData("", TokenStatus.Missing)]
    [InlineData("no-dot", TokenStatus.Invalid)]
    [InlineData(".", TokenStatus.Invalid)]
    [InlineData("abc.", TokenStatus.Invalid)]
    [InlineData(".abc", TokenStatus.Invalid)]
    [InlineData("a.b.c", TokenStatus.Invalid)]
    [InlineData("!!!.###", TokenStatus.Invalid)]
    public void Malformed_tokens_are_refused_without_throwing(string? token, TokenStatus expected)
    {
        Assert.Equal(expected, Service(TimeSpan.FromMinutes(30)).Check(token).Status);
    }

    [Fact]
    public void An_overlong_token_is_refused()
    {
        Assert.Equal(TokenStatus.Invalid, Service(TimeSpan.FromMinutes(30)).Check(new string('a', 5000) + ".b").Status);
    }

    [Fact]
    public void Conversation_ids_are_random_and_url_safe()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => DirectLineTokenService.NewConversationId()).ToList();

        Assert.Equal(100, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
    }

    private DirectLineTokenService Service(TimeSpan lifetime, string? secret = Secret) =>
        new(Options.Create(new DirectLineOptions { TokenLifetime = lifetime, TokenSecret = secret }), _time);
}
