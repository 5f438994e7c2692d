namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>The words the SMS channel answers itself, before the bot sees the message.</summary>
public enum SmsKeyword
{
    None,

    /// <summary>STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT: opt out; acknowledged once, then silence.</summary>
    Stop,

    /// <summary>START, UNSTOP (and YES after a STOP, as Twilio treats it): opt back in, then a welcome.</summary>
    Start,

    /// <summary>HELP, INFO, AYUDA: the carrier-style help text (not the bot's topic menu).</summary>
    Help,

    /// <summary>MORE, MAS, MÁS: the next page of the last reply.</summary>
    More,

    /// <summary>A number: the numbered choice of the last reply.</summary>
    Choice,
}
