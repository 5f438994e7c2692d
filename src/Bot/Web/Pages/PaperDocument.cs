using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Corpus;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// The paper as parsed from the seeds, read once on first use: the same parser and text the
/// index is built from, so its passage ids are the anchors every citation of the paper links to.
/// </summary>
public sealed class PaperDocument(IOptions<IndexOptions> options)
{
    private readonly Lazy<Paper> _paper = new(() =>
        PaperParser.Parse(File.ReadAllText(Path.Combine(options.Value.SeedsPath, KnowledgeSeeds.PaperFile))));

    public Paper Paper => _paper.Value;
}
