using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Knowledge.Tests.Embeddings;

/// <summary>
/// The model's bytes in its package assembly's mapped image are handed back once the model is
/// loaded: the advice reaches the mapping, and the model still encodes exactly as before.
/// </summary>
public class ModelImagePagesTests
{
    [Fact]
    public void Paging_out_the_model_assembly_changes_no_vector()
    {
        const string question = "Can ICE arrest me at the courthouse?";
        var before = ArcticXsEmbedder.Shared.Embed(question);

        var advised = ModelImagePages.PageOut(ArcticXsEmbedder.ModelAssemblyPath);

        if (OperatingSystem.IsLinux())
        {
            // The image stays mapped after the load, so the advice reaches it (most of its ~90 MB).
            Assert.True(advised > 50L * 1024 * 1024, $"{advised} bytes advised");
        }
        Assert.Equal(before, ArcticXsEmbedder.Shared.Embed(question));
        Assert.Equal(before, ArcticXsEmbedder.Shared.EmbedBatch([question])[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/no/such/file.dll")]
    public void A_file_that_is_not_mapped_is_left_alone(string path) =>
        Assert.Equal(0, ModelImagePages.PageOut(path));
}
