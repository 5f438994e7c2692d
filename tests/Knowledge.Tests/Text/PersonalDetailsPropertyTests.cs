using CsCheck;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>Random personal details inside random question text: the detail goes, the question stays.</summary>
public class PersonalDetailsPropertyTests
{
    private const string P = PersonalDetails.Placeholder;

    private static readonly Gen<string> Before = Gen.OneOf(
        "call me at ", "my number is ", "text ", "mi teléfono es ", "he was born ", "my A number is ", "DOB ", "hi, ",
        "ICE arrested my brother and the jail gave me ", "la cárcel me dio ", "");

    private static readonly Gen<string> After = Gen.OneOf(
        " if ICE comes", ", can the jail hold him for ICE?", " ¿me pueden deportar?", ". What is a detainer?", "", " thanks",
        " and does my county have 287(g)?");

    /// <summary>Phrases with the numbers questions are about; none of them is personal.</summary>
    private static readonly Gen<string> Meaningful = Gen.OneOf(
        Gen.Int[1, 999].Select(n => $"{n} days"),
        Gen.Int[1, 9999].Select(n => $"{n} agencies"),
        Gen.Int[1, 999].Select(n => $"{n} agreements"),
        Gen.Int[1960, 2030].Select(y => $"in {y}"),
        Gen.Int[1, 11].Select(n => $"the {n}{Ordinal(n)} Circuit"),
        Gen.Int[10000, 14999].Select(n => $"Executive Order {n}"),
        Gen.Int[1000, 1999].Select(n => $"8 U.S.C. {n}"),
        Gen.Select(Gen.Int[10, 24], Gen.Int[1000, 9999], (a, b) => $"No. {a}-{b}"),
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 9], (a, b) => $"{a}.{b} million"),
        Gen.OneOf("287(g)", "Section 287(g)", "SB4", "s-comm", "PEP", "ICE", "la migra", "a $1,500 bond", "48 hours"),
        Gen.OneOf("What is", "can the sheriff", "the paper says", "¿Qué pasó con", "my cousin said", "is it true that", "y"));

    private static readonly Gen<string> Phone = Gen.Select(Gen.Int[201, 989], Gen.Int[200, 999], Gen.Int[0, 9999], Gen.Int[0, 7],
        (area, exchange, line, form) => form switch
        {
            0 => $"({area}) {exchange}-{line:D4}",
            1 => $"{area}-{exchange}-{line:D4}",
            2 => $"{area}.{exchange}.{line:D4}",
            3 => $"+1 {area} {exchange} {line:D4}",
            4 => $"{area}{exchange}{line:D4}",
            5 => $"1-{area}-{exchange}-{line:D4}",
            6 => $"+1 ({area}) {exchange}-{line:D4}",
            _ => $"{area} {exchange} {line:D4}",
        });

    private static readonly Gen<string> ANumber = Gen.Select(Gen.Int[10_000_000, 999_999_999], Gen.Int[0, 4], (n, form) =>
    {
        var digits = n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return form switch
        {
            0 => $"A{digits}",
            1 => $"A {digits[..3]}-{digits[3..6]}-{digits[6..]}",
            2 => $"A#: {digits[..3]} {digits[3..6]} {digits[6..]}",
            3 => $"A-Number: {digits}",
            _ => $"A{n}",
        };
    });

    private static readonly Gen<string> NumericDate = Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1940, 2025], Gen.Int[0, 4],
        (month, day, year, form) => form switch
        {
            0 => $"{month}/{day}/{year}",
            1 => $"{month:D2}/{day:D2}/{year}",
            2 => $"{month}-{day}-{year % 100:D2}",
            3 => $"{year}-{month:D2}-{day:D2}",
            _ => $"{day}.{month}.{year}",
        });

    private static readonly Gen<string> Email = Gen.Select(
        Gen.OneOf("maria", "j.rios", "lupe_88", "carlos+ice"), Gen.OneOf("gmail.com", "yahoo.com", "example.org", "mail.co.uk"),
        (user, domain) => $"{user}@{domain}");

    [Fact]
    public void Phone_numbers_in_any_common_form_are_replaced()
    {
        Gen.Select(Before, Phone, After).Sample((before, phone, after) =>
            Assert.Equal(before + P + after, PersonalDetails.Scrub(before + phone + after)));
    }

    [Fact]
    public void A_numbers_are_replaced()
    {
        Gen.Select(Before, ANumber, After).Sample((before, number, after) =>
            Assert.Equal(before + P + after, PersonalDetails.Scrub(before + number + after)));
    }

    [Fact]
    public void Numeric_dates_are_replaced()
    {
        Gen.Select(Before, NumericDate, After).Sample((before, date, after) =>
            Assert.Equal(before + P + after, PersonalDetails.Scrub(before + date + after)));
    }

    [Fact]
    public void Email_addresses_are_replaced()
    {
        Gen.Select(Before, Email, After).Sample((before, email, after) =>
            Assert.Equal(before + P + after, PersonalDetails.Scrub(before + email + after)));
    }

    [Fact]
    public void Text_without_personal_details_is_unchanged()
    {
        Meaningful.Array[1, 8].Select(parts => string.Join(' ', parts) + "?").Sample(message =>
            Assert.Equal(message, PersonalDetails.Scrub(message)));
    }

    [Fact]
    public void Scrubbing_twice_changes_nothing_more()
    {
        var piece = Gen.OneOf(Meaningful, Phone, ANumber, NumericDate, Email, Before, After);
        piece.Array[1, 10].Select(parts => string.Join(' ', parts)).Sample(message =>
        {
            var once = PersonalDetails.Scrub(message);
            Assert.Equal(once, PersonalDetails.Scrub(once));
        });
    }

    private static string Ordinal(int n) => n switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
