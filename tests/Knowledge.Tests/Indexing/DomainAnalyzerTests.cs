using KnowYourRights.Knowledge.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowYourRights.Knowledge.Tests.Indexing;

public class DomainAnalyzerTests
{
    private static readonly Analyzer Analyzer = KnowledgeAnalyzer.Create(DomainAnalyzer.ParseSynonyms(SeedFiles.Seeds.SynonymRules));

    [Theory]
    [InlineData("287(g)")]
    [InlineData("287 (g)")]
    [InlineData("287-g")]
    [InlineData("287 g")]
    [InlineData("287g")]
    public void Keeps_287g_as_one_term_however_it_is_written(string text)
    {
        Assert.Contains("287g", Terms(text));
    }

    [Theory]
    [InlineData("la migra", "ice")]
    [InlineData("immigration agents", "ice")]
    [InlineData("DMV", "licens")]
    [InlineData("DMV", "driver")]
    [InlineData("driver's license", "licens")]
    [InlineData("cops", "polic")]
    [InlineData("immigration hold", "detain")]
    [InlineData("víctima", "complain")]
    [InlineData("crime victims", "complain")]
    [InlineData("court", "courthous")]
    [InlineData("huellas digitales", "fingerprint")]
    [InlineData("fingerprints", "secur")]
    [InlineData("Secure Communities", "fingerprint")]
    [InlineData("policía", "polic")]
    [InlineData("detainor", "detain")]
    [InlineData("should schools be off limits for ICE", "sensit")]
    [InlineData("zonas seguras", "sensit")]
    [InlineData("can that get my immigration case thrown out", "removalcas")]
    [InlineData("termination of removal proceedings", "removalcas")]
    [InlineData("my deportation case", "removalcas")]
    [InlineData("la gente no denuncia crímenes", "report")]
    [InlineData("la gente no denuncia crímenes", "crime")]
    public void Maps_peoples_words_onto_the_papers(string text, string expected)
    {
        Assert.Contains(expected, Terms(text));
    }

    [Fact]
    public void Keeps_domain_acronyms_and_drops_question_words()
    {
        var terms = Terms("What is ICE's PEP and the CAP program?");
        Assert.Contains("ice", terms);
        Assert.Contains("pep", terms);
        Assert.Contains("cap", terms);
        Assert.DoesNotContain("what", terms);
        Assert.DoesNotContain("is", terms);
    }

    [Fact]
    public void Bad_synonym_rules_are_a_clear_error()
    {
        var error = Assert.Throws<FormatException>(() => DomainAnalyzer.ParseSynonyms("a => \n"));
        Assert.Contains("synonyms.txt", error.Message);
    }

    private static List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = Analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
