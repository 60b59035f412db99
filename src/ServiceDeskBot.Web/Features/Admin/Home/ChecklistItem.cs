namespace ServiceDeskBot.Web.Features.Admin.Home;

/// <summary>One step of the first-run checklist: done or not, with the page where it is done.</summary>
public sealed record ChecklistItem(string Id, string Text, bool Done, string Link, string LinkText);
