using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Knowledge.Tests.Embeddings;

/// <summary>A question asked again skips the model; the memo never grows past its capacity.</summary>
public sealed class RecentQuestionVectorsTests
{
    [Fact]
    public void A_repeated_question_is_embedded_once_and_the_memo_stays_bounded()
    {
        var model = new CountingModel();
        var recent = new RecentQuestionVectors(model, capacity: 3);

        var first = recent.Embed("What is a detainer?");
        Assert.Same(first, recent.Embed("What is a detainer?"));
        Assert.Equal(1, model.Calls);

        foreach (var question in new[] { "a", "b", "c", "d", "e" })
        {
            recent.Embed(question);
        }
        recent.Embed("What is a detainer?");
        Assert.Equal(7, model.Calls);
    }

    private sealed class CountingModel : ITextEmbedder
    {
        public int Calls { get; private set; }

        public string ModelId => "counting";

        public int Dimensions => 2;

        public float[] Embed(string text)
        {
            Calls++;
            return [1, 0];
        }
    }
}
