using System.Text;
using CommuneRadio.Content.Library;

namespace CommuneRadio.Content.Tests.Library;

public sealed class ContentTextTests
{
    [Fact]
    public void A_title_typed_with_combining_marks_is_stored_precomposed()
    {
        const string precomposed = "Thông báo tiêm chủng";
        var decomposed = precomposed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(precomposed, decomposed);

        Assert.Equal(precomposed, ContentText.Normalize("  " + decomposed + " "));
        Assert.True(ContentText.Normalize(decomposed).IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("   ", "is required")]
    [InlineData("Bản tin\u0007", "must not contain control characters")]
    public void Titles_that_name_nothing_are_refused(string? title, string problem) =>
        Assert.Equal(problem, ContentText.TitleProblem(title));

    [Fact]
    public void A_title_over_200_characters_is_refused_and_one_of_200_is_not()
    {
        Assert.Null(ContentText.TitleProblem(new string('ễ', 200)));
        Assert.Equal("must be at most 200 characters", ContentText.TitleProblem(new string('ễ', 201)));
    }

    [Fact]
    public void Text_for_speech_longer_than_the_limit_is_refused_with_its_length()
    {
        Assert.Null(ContentText.SpeechProblem("Họp dân lúc 8 giờ.", 100));
        Assert.Equal("is 101 characters; one item reads at most 100", ContentText.SpeechProblem(new string('a', 101), 100));
    }
}
