using KnowYourRights.Knowledge.Agreements;

namespace KnowYourRights.Knowledge.Tests.Agreements;

/// <summary>
/// A cue word ("county", "condado de", "police") next to ordinary words must not make those words a
/// place the list "does not show": such a name counts only if it looks like a name.
/// </summary>
public sealed class PlaceNameShapeTests
{
    [Theory]
    // The writer capitalises names ("Wake", "Raleigh"): lower-case words beside the cue are no name.
    [InlineData("I live in Raleigh. Does the county of residence decide if the police work with ICE?", "residence decide")]
    [InlineData("My neighbor in Durham says the condado puede perder dinero con ICE, es cierto?", "puede perder dinero")]
    // No sign of capitalised names: a long run of words, or one with a number, is no name.
    [InlineData("is it true al condado le puede salir caro trabajar con ice", "le puede salir caro")]
    [InlineData("que dijo la policia del siglo 21 sobre trabajar con ice", "siglo 21")]
    // What people do with the police, right before the cue, ends a name: nothing is left to read as one.
    [InlineData("nobody at our church wants to call the police now. why would people stop calling police over that", "stop calling")]
    [InlineData("do immigrants trust police less in sanctuary cities", "immigrants trust")]
    [InlineData("why dont police chiefs want to do immigration enforcement", "dont")]
    public void Words_beside_a_cue_that_do_not_look_like_a_name_are_not_a_cued_place(string question, string words)
    {
        var read = PlaceFinder.Read(question);

        Assert.DoesNotContain(read.Places, p => p.Cued && p.Names.Any(n => n.Contains(words.Split(' ')[0], StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Does Multnomah County work with ICE?", "multnomah")]
    [InlineData("does multnomah county work with ICE", "multnomah")]
    [InlineData("DOES MULTNOMAH COUNTY WORK WITH ICE", "multnomah")]
    [InlineData("My sister lives near Portland. Does the Multnomah County sheriff work with ICE?", "multnomah")]
    [InlineData("¿El condado de Cook tiene 287(g)?", "cook")]
    [InlineData("¿La policía de San Luis Obispo trabaja con ICE?", "san luis obispo")]
    [InlineData("does the sheriff of san luis obispo work with ice", "san luis obispo")]
    [InlineData("Does the Prince George's County sheriff work with ICE?", "prince george")]
    public void A_name_that_looks_like_one_stays_a_cued_place(string question, string name)
    {
        var read = PlaceFinder.Read(question);

        Assert.Contains(read.Places, p => p.Cued && p.Names.Contains(name));
    }
}
