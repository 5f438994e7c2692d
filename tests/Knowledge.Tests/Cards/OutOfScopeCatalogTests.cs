using KnowYourRights.Knowledge.Cards;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>Reading <c>out-of-scope.yaml</c>: ways of asking are regular expressions, and one that is not is a clear error naming the file.</summary>
public sealed class OutOfScopeCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oos-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_way_of_asking_matches_whatever_the_words_around_it()
    {
        var topics = OutOfScopeCatalog.Load(Write("""
            topics:
              - id: finding-a-detained-person
                reason: Not in the paper.
                asks:
                  - '\bwhere\s+did\s+they\s+take\s+my\s+\w+'
                questions:
                  - How do I find someone ICE detained?
            """));

        var topic = Assert.Single(topics);
        Assert.True(topic.IsAskedBy("Hi, ICE came this morning. Where did they take my husband?"));
        Assert.False(topic.IsAskedBy("Can ICE take my husband at the courthouse?"));
    }

    [Fact]
    public void A_way_of_asking_that_is_not_a_regular_expression_names_the_file()
    {
        var path = Write("""
            topics:
              - id: bond
                reason: Not in the paper.
                asks:
                  - 'where (did they'
            """);

        var error = Assert.Throws<FormatException>(() => OutOfScopeCatalog.Load(path));
        Assert.Contains("out-of-scope.yaml", error.Message);
        Assert.Contains("where (did they", error.Message);
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, "out-of-scope.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
