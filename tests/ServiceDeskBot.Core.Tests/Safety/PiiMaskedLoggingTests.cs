using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed partial class PiiMaskedLoggingTests : IDisposable
{
    private const string Phone = "13812345678";
    private const string IdCard = "110105199003071239";

    private readonly RecordingLoggerProvider _sink = new();
    private readonly IHost _host;

    public PiiMaskedLoggingTests()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(_sink);
        builder.AddPiiMaskedLogging();
        _host = builder.Build();
    }

    private ILogger Logger => _host.Services.GetRequiredService<ILogger<PiiMaskedLoggingTests>>();

    [Fact]
    public void A_formatted_log_message_has_phone_and_id_numbers_masked()
    {
        LogQuestion(Logger, $"电话{Phone}，身份证{IdCard}");

        var log = Assert.Single(_sink.Logs);
        Assert.Equal("Question received: 电话138****5678，身份证1101**********1239", log.Message);
    }

    [Fact]
    public void Structured_values_reach_the_provider_masked()
    {
        LogQuestion(Logger, $"电话{Phone}");

        var value = Assert.Single(_sink.Logs).Values.Single(v => v.Key == "Question").Value;
        Assert.Equal("电话138****5678", value);
    }

    [Fact]
    public void A_number_logged_as_a_number_is_masked_too()
    {
        LogCallback(Logger, 13812345678L);

        var log = Assert.Single(_sink.Logs);
        Assert.Equal("138****5678", log.Values.Single(v => v.Key == "Number").Value);
        Assert.DoesNotContain(Phone, log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_template_is_passed_on_unchanged()
    {
        LogQuestion(Logger, Phone);

        var template = Assert.Single(_sink.Logs).Values.Single(v => v.Key == "{OriginalFormat}").Value;
        Assert.Equal("Question received: {Question}", template);
    }

    [Fact]
    public void Exception_text_is_masked()
    {
        var error = new InvalidOperationException($"duplicate key {IdCard}");

        LogFailure(Logger, error);

        var text = Assert.Single(_sink.Logs).Exception!;
        Assert.DoesNotContain(IdCard, text, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.Contains("1101**********1239", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_values_are_masked()
    {
        using (ConversationScope(Logger, Phone))
        {
            LogQuestion(Logger, "社保怎么查");
        }

        var scope = Assert.Single(Assert.Single(_sink.Logs).Scopes);
        Assert.Equal("conversation of 138****5678", scope);
    }

    [Fact]
    public void A_provider_added_after_the_call_is_covered_as_well()
    {
        var late = new RecordingLoggerProvider();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddPiiMaskedLogging();
        builder.Logging.AddProvider(late);
        using var host = builder.Build();

        var logger = host.Services.GetRequiredService<ILogger<PiiMaskedLoggingTests>>();
        LogQuestion(logger, Phone);

        Assert.Equal("Question received: 138****5678", Assert.Single(late.Logs).Message);
    }

    [Fact]
    public void Messages_below_the_configured_level_are_not_written()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var sink = new RecordingLoggerProvider();
        builder.Logging.AddProvider(sink).SetMinimumLevel(LogLevel.Warning);
        builder.AddPiiMaskedLogging();
        using var host = builder.Build();

        var logger = host.Services.GetRequiredService<ILogger<PiiMaskedLoggingTests>>();
        LogQuestion(logger, Phone);

        Assert.Empty(sink.Logs);
    }

    public void Dispose() => _host.Dispose();

    private static readonly Func<ILogger, string, IDisposable?> ConversationScope =
        LoggerMessage.DefineScope<string>("conversation of {Phone}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Question received: {Question}")]
    private static partial void LogQuestion(ILogger logger, string question);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call back {Number}")]
    private static partial void LogCallback(ILogger logger, long number);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving failed")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
