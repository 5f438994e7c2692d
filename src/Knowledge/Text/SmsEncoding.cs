namespace KnowYourRights.Knowledge.Text;

/// <summary>How a message travels: GSM-7 (160 characters a segment) or UCS-2 (70), chosen by its characters.</summary>
public enum SmsEncoding
{
    /// <summary>The GSM 03.38 default alphabet, with its extension table: 160 septets alone, 153 per part when concatenated.</summary>
    Gsm7,

    /// <summary>Any character outside GSM-7 switches the whole message: 70 UTF-16 units alone, 67 per part when concatenated.</summary>
    Ucs2,
}
