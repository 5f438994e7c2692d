using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>
/// The model is the costly step of a new question: one message never encodes the same text twice,
/// whichever readings of it are searched (a story and its asking sentence, a typo-corrected text,
/// a local-agreement check before the full answer, a follow-up read with its topic).
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class EncodeOnceTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What is a detainr?")]
    [InlineData("My brother was arrested last week for driving without a license and the jail kept him an extra day after the judge let him go. A lawyer told us it was because ICE sent some kind of paper to the jail. My mother is very scared and we do not know what to do. Can the jail hold him for ICE without a warrant?")]
    [InlineData("Does my county have a 287(g) agreement with ICE? What does it mean for people who get arrested?")]
    [InlineData("Can ICE arrest me at the courthouse when I go to pay a traffic ticket?")]
    public void One_message_encodes_each_text_at_most_once(string message)
    {
        var model = new RecordingModel(ArcticXsEmbedder.Shared);
        var answers = AnswerService.ForSnapshot(fixture.Index.Current, new AnswerOptions(), model);

        answers.AskInConversation(message, ["What is a detainer?"]);

        Assert.NotEmpty(model.Texts);
        Assert.Equal(model.Texts.Count, model.Texts.Distinct(StringComparer.Ordinal).Count());
    }

    private sealed class RecordingModel(ITextEmbedder inner) : ITextEmbedder
    {
        public List<string> Texts { get; } = [];

        public string ModelId => inner.ModelId;

        public int Dimensions => inner.Dimensions;

        public float[] Embed(string text)
        {
            Texts.Add(text);
            return inner.Embed(text);
        }
    }
}
