using Platform.Application.Events;

namespace Platform.UnitTests.Application.Events;

public sealed class EventCursorTests
{
    [Theory]
    [InlineData(0L, 1L)]
    [InlineData(745L, 12L)]
    [InlineData(long.MaxValue, long.MaxValue)]
    public void ToString_ThenTryParse_GivesTheSameCursor(long tx, long id)
    {
        var text = new EventCursor(tx, id).ToString();

        Assert.True(EventCursor.TryParse(text, out var parsed));
        Assert.Equal(new EventCursor(tx, id), parsed);
        Assert.Matches("^[A-Za-z0-9_-]+$", text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nonsense")]
    [InlineData("MTIzNA")] // "1234": no separator
    [InlineData("LTEuMg")] // "-1.2": signs are not ours
    [InlineData("MS4yLjM")] // "1.2.3"
    [InlineData("NzQ1LjEy==")] // padded: not the form we hand out
    public void TryParse_TextWeDidNotHandOut_IsRefused(string text) => Assert.False(EventCursor.TryParse(text, out _));
}
