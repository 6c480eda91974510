namespace Platform.Application.Events;

/// <param name="Next">The cursor to read on from: the last event's, or the one given when there was nothing new (null when neither).</param>
/// <param name="HasMore">Whether the page is full, so that more events may be readable at once.</param>
public sealed record ChangeEventPage(IReadOnlyList<ChangeEventView> Events, string? Next, bool HasMore);
