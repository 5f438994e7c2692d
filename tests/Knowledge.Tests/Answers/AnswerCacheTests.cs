using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>The answer cache: bounded, one live version at a time, keyed by the message and its context only.</summary>
public sealed class AnswerCacheTests : IDisposable
{
    private const string Version1 = "20260101T000000000-aaaaaa";
    private const string Version2 = "20260102T000000000-bbbbbb";

    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Holds_no_more_than_its_capacity_and_lets_the_least_recently_used_go_first()
    {
        var cache = new AnswerCache(capacity: 3);
        for (var i = 0; i < 3; i++)
        {
            cache.Add(Version1, $"question {i}", null, Reply($"answer {i}"));
        }
        Assert.NotNull(cache.Find(Version1, "question 0", null)); // now the most recently used

        for (var i = 3; i < 10; i++)
        {
            cache.Add(Version1, $"question {i}", null, Reply($"answer {i}"));
            Assert.True(cache.Count <= 3);
        }

        Assert.Equal(3, cache.Count);
        Assert.Null(cache.Find(Version1, "question 0", null));
        Assert.Null(cache.Find(Version1, "question 6", null));
        Assert.Equal("answer 9", cache.Find(Version1, "question 9", null)?.Text);
    }

    [Fact]
    public void A_cache_of_size_zero_holds_nothing()
    {
        var cache = new AnswerCache(capacity: 0);
        cache.Add(Version1, "question", null, Reply("answer"));

        Assert.Equal(0, cache.Count);
        Assert.Null(cache.Find(Version1, "question", null));
    }

    [Fact]
    public void An_answer_is_found_only_for_the_version_it_was_made_from_and_a_newer_version_drops_the_older_ones()
    {
        var cache = new AnswerCache(capacity: 10);
        cache.Add(Version1, "question", null, Reply("from version 1"));

        Assert.Null(cache.Find(Version2, "question", null));
        cache.Add(Version2, "other question", null, Reply("from version 2"));

        Assert.Equal(1, cache.Count);
        Assert.Null(cache.Find(Version1, "question", null));
        cache.Clear(Version1);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_follow_up_is_keyed_by_its_previous_card()
    {
        var cache = new AnswerCache(capacity: 10);
        cache.Add(Version1, "how many are there now?", "287g", Reply("287(g) agreements"));

        Assert.Null(cache.Find(Version1, "how many are there now?", null));
        Assert.Null(cache.Find(Version1, "how many are there now?", "detainers"));
        Assert.Equal("287(g) agreements", cache.Find(Version1, "how many are there now?", "287g")?.Text);
    }

    [Fact]
    public void A_repeated_question_is_answered_from_the_cache_and_never_from_a_version_no_longer_live()
    {
        using var index = OpenIndex();
        var answers = LexicalAnswers(index);
        const string question = "What is an ICE detainer?";

        var first = answers.Ask(question);
        Assert.Same(first, answers.Ask(question));
        Assert.Equal("detainers", first.CardId);

        // A new version whose detainer card is dated otherwise goes live.
        var cards = SeedFiles.Seeds.Cards.Cards.Select(c => c.Id == "detainers" ? c with { AsOf = "2099-01-01" } : c);
        IndexBuilder.Build(SeedFiles.Seeds with { Cards = new AnswerCardCatalog(cards) }, index.Store, ArcticXsEmbedder.Shared);
        Assert.True(index.CheckForNewVersion());

        var after = answers.Ask(question);
        Assert.NotSame(first, after);
        Assert.Equal("2099-01-01", after.AsOf);
        Assert.Same(after, answers.Ask(question));
    }

    [Fact]
    public void Messages_that_differ_only_in_personal_details_share_one_entry_that_holds_neither()
    {
        using var index = OpenIndex();
        var answers = LexicalAnswers(index);

        var maria = answers.Ask("My name is Maria Lopez, my number is 555-201-3344. What is an ICE detainer?");
        var ana = answers.Ask("My name is Ana Diaz, my number is 555-987-6543. What is an ICE detainer?");

        Assert.Same(maria, ana);
        Assert.DoesNotContain("Maria", maria.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("3344", maria.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void With_size_zero_every_question_is_answered_anew()
    {
        using var index = OpenIndex();
        var answers = LexicalAnswers(index, cacheSize: 0);

        var first = answers.Ask("What is an ICE detainer?");
        var second = answers.Ask("What is an ICE detainer?");

        Assert.NotSame(first, second);
        Assert.Equal(first.Text, second.Text);
    }

    /// <summary>
    /// Over a copy of a version built once per run (these tests are about the cache, not the
    /// build); no background check and no grace delay: the test makes each version live itself.
    /// </summary>
    private KnowledgeIndex OpenIndex()
    {
        SeedFiles.Built.CopyInto(_data.DataPath);
        return KnowledgeIndex.Open(_data.DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(30), TimeSpan.Zero, TimeSpan.Zero);
    }

    /// <summary>The lexical path: these tests are about the cache, not the sentence model.</summary>
    private AnswerService LexicalAnswers(KnowledgeIndex index, int cacheSize = 2048)
    {
        var options = new AnswerOptions();
        options.SemanticSearch = false;
        options.AnswerCacheSize = cacheSize;
        return new AnswerService(index, Options.Create(options), ArcticXsEmbedder.Shared);
    }

    private static Answer Reply(string text) =>
        new() { Question = "q", Answered = true, Kind = AnswerKinds.Card, Text = text, Notice = "n", Language = "en" };
}
