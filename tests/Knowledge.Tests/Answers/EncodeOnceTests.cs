using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>The sentence model is most of a new question's cost: one message is encoded once per text it needs, never twice.</summary>
[Collection(KnowledgeCollection.Name)]
public class EncodeOnceTests(KnowledgeFixture knowledge)
{
    [Theory]
    [InlineData("Can the jail hold me for ICE after my bail is paid?")]
    [InlineData("can the jial hold me for ICE?")]
    [InlineData("¿Puede la cárcel retenerme para ICE?")]
    [InlineData("My brother was arrested last week for driving without a license. His wife says the jail will keep him for immigration even after the judge lets him go. Can the jail hold him for ICE?")]
    [InlineData("What is a detainer? And what is 287(g)?")]
    public void A_message_encodes_no_text_twice(string message)
    {
        var counting = new CountingEmbedder(ArcticXsEmbedder.Shared);
        var answers = new AnswerService(knowledge.Index, Options.Create(new AnswerOptions { AnswerCacheSize = 0 }), counting);

        answers.Ask(message);

        Assert.NotEmpty(counting.Texts);
        Assert.All(counting.Texts.GroupBy(t => t), g => Assert.True(g.Count() == 1, $"encoded {g.Count()} times: {g.Key}"));
    }

    private sealed class CountingEmbedder(ITextEmbedder inner) : ITextEmbedder
    {
        public List<string> Texts { get; } = [];

        public string ModelId => inner.ModelId;

        public int Dimensions => inner.Dimensions;

        public float[] Embed(string text)
        {
            lock (Texts)
            {
                Texts.Add(text);
            }
            return inner.Embed(text);
        }
    }
}
