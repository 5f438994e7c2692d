namespace KnowYourRights.Bot.Channels.BotFramework;

/// <summary>
/// The logger handed to the Bot Framework SDK. The SDK logs at Information level things that can
/// identify a conversation (CloudAdapter logs each reply's <c>ReplyToId</c>, and Direct Line
/// activity ids start with the conversation id), so only its warnings and errors get through,
/// whatever the logging configuration says.
/// </summary>
internal sealed class WarningsOnlyLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
