using Scriban;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Tests.Templates;

public sealed class TemplateBuiltinsTests
{
    [Fact]
    public void A_template_naming_no_builtin_gets_an_empty_set()
    {
        var template = Template.Parse("{{ for q in quotes }}{{ q.text }}[{{ q.n }}]{{ end }}{{ quotes.size }}");

        var builtins = TemplateBuiltins.For(template);

        Assert.Empty(builtins);
    }

    [Theory]
    [InlineData("{{ question | string.upcase }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ this.string }}")]
    public void A_template_naming_a_builtin_or_reaching_the_globals_gets_them_all(string body)
    {
        var template = Template.Parse(body);

        var builtins = TemplateBuiltins.For(template);

        Assert.True(builtins.ContainsKey("string"));
    }

    [Fact]
    public void Two_renders_of_one_template_never_share_their_builtins()
    {
        var template = Template.Parse("{{ question | string.upcase }}");

        var first = TemplateBuiltins.For(template);
        var second = TemplateBuiltins.For(template);

        Assert.NotSame(first, second);
        Assert.NotSame(first["string"], second["string"]);
    }
}
