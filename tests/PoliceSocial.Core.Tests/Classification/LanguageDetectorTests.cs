using PoliceSocial.Classification.Rules;

namespace PoliceSocial.Core.Tests.Classification;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Ydy'r ffordd ar gau o hyd ger Pont Britannia?", "cy")]
    [InlineData("Mae rhywun wedi dwyn fy meic o'r tu allan i'r llyfrgell", "cy")]
    [InlineData("Diolch!", "cy")]
    [InlineData("Helpwch! Mae tân yn y tŷ", "cy")]
    [InlineData("Is the road by Britannia Bridge still closed?", "en")]
    [InlineData("someone has nicked my bike from outside the library", "en")]
    [InlineData("ACAB", "en")]
    [InlineData("nasa bubong na daw sila, tulungan niyo po kami", "other")]
    [InlineData("Полиция, помогите пожалуйста", "other")]
    [InlineData("", "other")]
    public void Detects_english_welsh_and_other(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}
