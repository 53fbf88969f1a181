using PoliceSocial.Classification;

namespace PoliceSocial.Core.Tests.Classification;

/// <summary>Desk mentions written for these tests (not in the training data), in English and Welsh.</summary>
public sealed class LocalMentionClassifierTests(ShippedModel shipped) : IClassFixture<ShippedModel>
{
    [Theory]
    [InlineData("@SWPolice there's a lad waving a knife at people outside the Co-op on Holton Road right now")]
    [InlineData("my neighbour is being beaten by her boyfriend, I can hear her screaming, flat 2 Beech Court")]
    [InlineData("Two kids have fallen through the ice on the lake at Parc Cwm Darran, one has gone under")]
    [InlineData("Smoke coming from the upstairs window at 8 Heol Las and the old lady is still inside, she can't walk")]
    [InlineData("Mae dyn gyda chyllell yn bygwth pobl tu allan i'r orsaf, dewch ar frys")]
    public void A_threat_to_life_now_is_urgent_and_never_other(string text)
    {
        var verdict = shipped.Classifier.Classify(text);

        Assert.True(verdict.Urgent, $"{verdict.Label} {verdict.Confidence:0.00} [{string.Join(", ", verdict.Cues)}]");
        Assert.NotEqual(MentionLabel.Other, verdict.Label);
        Assert.NotEmpty(verdict.Cues);
    }

    [Theory]
    [InlineData("How do I get a crime number for a stolen phone? Insurance are asking for one", MentionLabel.Question)]
    [InlineData("Is the A48 open again at Culverhouse Cross after the accident this morning?", MentionLabel.Question)]
    [InlineData("Someone stole the catalytic converter off my van on Meadow Street overnight, heard it at 4am", MentionLabel.Report)]
    [InlineData("Massive thank you to the officers who came out to my nan last week, so kind and patient", MentionLabel.Other)]
    [InlineData("Win a £500 voucher!! Click the link in our bio and follow for more", MentionLabel.Other)]
    public void Everyday_mentions_get_the_desk_label_and_are_not_urgent(string text, MentionLabel expected)
    {
        var verdict = shipped.Classifier.Classify(text);

        Assert.Equal(expected, verdict.Label);
        Assert.False(verdict.Urgent, string.Join(", ", verdict.Cues));
        Assert.InRange(verdict.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void A_mention_about_101_is_not_urgent()
    {
        var verdict = shipped.Classifier.Classify("Been on hold to 101 for an hour to report my shed being broken into last night");

        Assert.False(verdict.Urgent);
        Assert.Contains("101", verdict.Cues);
    }

    [Fact]
    public void The_verdict_carries_the_language()
    {
        Assert.Equal("cy", shipped.Classifier.Classify("Diolch yn fawr i bawb am eich help heddiw").Language);
        Assert.Equal("en", shipped.Classifier.Classify("Thanks everyone for your help today").Language);
    }

    [Fact]
    public async Task The_model_is_safe_to_use_from_many_threads_at_once()
    {
        const string text = "Someone is breaking into the house next door right now";
        var expected = shipped.Classifier.Classify(text);

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 50).Select(_ => shipped.Classifier.Classify(text)).ToList())));

        Assert.All(verdicts.SelectMany(v => v), v =>
        {
            Assert.Equal(expected.Label, v.Label);
            Assert.Equal(expected.Confidence, v.Confidence);
        });
    }
}
