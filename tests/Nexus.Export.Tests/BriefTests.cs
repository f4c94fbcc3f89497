using System.Text.RegularExpressions;
using Nexus.Export.Briefs;
using Nexus.Export.Statements;
using Nexus.Export.Tests.Support;

namespace Nexus.Export.Tests;

public sealed partial class BriefTests(ReferenceStore reference) : IClassFixture<ReferenceStore>
{
    private string IskpId => reference.Snapshot.Entities.Single(e => e.Name == "Islamic State Khorasan Province").Id;

    [Fact]
    public void TheIskpBriefCitesEveryClaimItMentions()
    {
        var brief = BriefBuilder.Build(reference.Snapshot, IskpId);
        var expected = reference.Snapshot.Claims.Where(c => !c.Rejected && (c.Subject.EntityId == IskpId || c.Object?.EntityId == IskpId)).Select(c => c.Id).Order(StringComparer.Ordinal);

        Assert.All(brief.Sections.SelectMany(s => s.Sentences), s => Assert.NotEmpty(s.Notes));
        Assert.Equal(expected, brief.Notes.Select(n => n.ClaimId).Order(StringComparer.Ordinal));
        foreach (var note in brief.Notes)
        {
            var document = reference.Snapshot.Documents.Single(d => d.Id == brief.Sources[note.Source - 1].DocumentId);
            Assert.Equal(note.Span.Of(document.Text), note.Quote);
        }
        var markdown = BriefMarkdown.Render(brief);
        File.WriteAllText(Path.Combine(RepoPaths.TestOutput("export"), "iskp-brief.md"), markdown);
        File.WriteAllText(Path.Combine(RepoPaths.TestOutput("export"), "iskp-brief-graded.md"), BriefMarkdown.Render(BriefBuilder.Build(Grading.Graded(reference.Snapshot), IskpId)));
        var cited = FootnoteReference().Matches(markdown).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(brief.Notes.Select(n => n.Number).ToHashSet(), cited);
        Assert.All(brief.Notes, n => Assert.Contains($"[^{n.Number}]: ", markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void EachHedgedClaimKeepsItsHedge()
    {
        var brief = BriefBuilder.Build(reference.Snapshot, IskpId);
        var claims = reference.Snapshot.Claims.ToDictionary(c => c.Id);
        var statements = brief.Sections.Where(s => s.Heading != "Key judgements").SelectMany(s => s.Sentences).ToList();

        Assert.Contains(statements, s => brief.Notes[s.Notes[0] - 1].Modality != Modality.Asserted);
        foreach (var sentence in statements)
        {
            var claim = claims[brief.Notes[Assert.Single(sentence.Notes) - 1].ClaimId];
            Assert.Equal(ClaimStatement.Of(claim), sentence.Text);
            Assert.Contains($" {ClaimStatement.AttributionVerb(claim.Claim.Modality)} that ", sentence.Text, StringComparison.Ordinal);
            Assert.Contains(claim.Claim.Holder.Text, sentence.Text, StringComparison.OrdinalIgnoreCase);
            Assert.False(sentence.Text.StartsWith(claim.Subject.Name, StringComparison.Ordinal), "A claim is stated without its holder: " + sentence.Text);
        }
        var markdown = BriefMarkdown.Render(brief).Split('\n');
        foreach (var note in brief.Notes.Where(n => n.Modality != Modality.Asserted))
        {
            Assert.All(markdown.Where(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains($"[^{note.Number}]", StringComparison.Ordinal)),
                line => Assert.True(line.Contains(ClaimStatement.AttributionVerb(note.Modality), StringComparison.Ordinal) || line.Contains(" report that ", StringComparison.Ordinal) || line.Contains(" reports that ", StringComparison.Ordinal), line));
        }
    }

    [Fact]
    public void WithoutAnAssessmentTheBriefStatesNoLikelihood()
    {
        var brief = BriefBuilder.Build(reference.Snapshot, IskpId);
        var judgements = brief.Sections.Single(s => s.Heading == "Key judgements");

        Assert.False(brief.Graded);
        Assert.NotEmpty(judgements.Sentences);
        Assert.All(judgements.Sentences, s =>
        {
            Assert.Null(s.Likelihood);
            Assert.DoesNotMatch(EstimativeTerm(), s.Text);
        });
    }

    [Fact]
    public void GradedJudgementsNeverClaimMoreThanTheGradeSupports()
    {
        var snapshot = Grading.Graded(reference.Snapshot);
        var brief = BriefBuilder.Build(snapshot, IskpId);
        var judgements = brief.Sections.Single(s => s.Heading == "Key judgements").Sentences;
        var claims = snapshot.Claims.ToDictionary(c => c.Id);
        var assertions = snapshot.Assertions.SelectMany(a => a.Claims.Select(c => (c, a))).ToDictionary(x => x.c, x => x.a);

        Assert.True(brief.Graded);
        Assert.NotEmpty(judgements);
        foreach (var sentence in judgements)
        {
            var assertion = assertions[brief.Notes[sentence.Notes[0] - 1].ClaimId];
            var expected = Estimative.TermFor(assertion.Grade.Credibility);
            var used = EstimativeTerm().Matches(sentence.Text).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(expected, sentence.Likelihood);
            Assert.Equal(expected is null ? [] : [expected], used);
            var judgement = sentence.Text[..(sentence.Text.IndexOf(". ", StringComparison.Ordinal) + 1)];
            Assert.DoesNotContain("onfidence", judgement, StringComparison.Ordinal);
            Assert.All(sentence.Notes, n => Assert.Same(assertion, assertions[brief.Notes[n - 1].ClaimId]));
            Assert.DoesNotContain("almost certain", sentence.Text, StringComparison.Ordinal);
        }
        Assert.True(claims.Count > 0);
    }

    [Fact]
    public void AKeyJudgementOfATieThatEndedSaysWhen()
    {
        var graded = Grading.Graded(reference.Snapshot);
        var snapshot = graded with { Assertions = [.. graded.Assertions.Select(a => a.Subject == IskpId || a.Object == IskpId ? a with { Ended = new DateOnly(2025, 3, 1) } : a)] };

        var judgements = BriefBuilder.Build(snapshot, IskpId).Sections.Single(s => s.Heading == "Key judgements").Sentences;

        Assert.All(judgements, s => Assert.EndsWith("A later statement says this ended on 2025-03-01.", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void TheHtmlBriefEncodesSourceTextAndCarriesEveryNote()
    {
        var brief = BriefBuilder.Build(reference.Snapshot, IskpId);
        var html = BriefHtml.Render(brief);

        Assert.Equal(brief.Notes.Length, Regex.Count(html, "<li id=\"note-"));
        Assert.Contains("TLP:AMBER", html, StringComparison.Ordinal);
        Assert.Contains("usually reliable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("’s <", html, StringComparison.Ordinal);
        Assert.All(brief.Notes, n => Assert.Contains(System.Net.WebUtility.HtmlEncode(n.Quote), html, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"(?:It is|There is a) (almost no chance|very unlikely|unlikely|roughly even chance|likely|very likely|almost certain) that")]
    private static partial Regex EstimativeTerm();
}
