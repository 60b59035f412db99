namespace ServiceDeskBot.Browser.Tests;

/// <summary>The two screens every citizen-facing behaviour is checked on: a desktop and a phone.</summary>
public static class Viewports
{
    public static TheoryData<int, int> DesktopAndPhone => new() { { 1280, 800 }, { 390, 844 } };
}
