using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.Console;

/// <summary>The staff ticket queue: claim, note and close tickets; the callback number in clear for the assignee only.</summary>
public sealed class TicketDeskTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private const string Colleague = "clerk-31";

    [Fact]
    public async Task The_queue_lists_open_tickets_with_their_number_kind_and_masked_callback_number()
    {
        var number = await OpenTicketAsync(HandoffKind.Complaint, "窗口态度不好", "13812345678");
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(new Uri("/Console/Tickets", UriKind.Relative));

        Assert.Contains($">{number}<", html, StringComparison.Ordinal);
        Assert.Contains("窗口态度不好", html, StringComparison.Ordinal);
        Assert.Contains("138****5678", html, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_member_who_claims_a_ticket_sees_the_callback_number_in_clear()
    {
        var number = await OpenTicketAsync(HandoffKind.Handoff, "我要找人工", "13812345678");
        using var client = await factory.CreateStaffClientAsync();

        var (status, html, _) = await PostAsync(client, number, "Claim");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已认领工单", html, StringComparison.Ordinal);
        Assert.Contains("id=\"callback\">138 1234 5678<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colleague_sees_a_claimed_ticket_with_the_number_masked_and_cannot_claim_it()
    {
        var number = await OpenTicketAsync(HandoffKind.Handoff, "我要找人工", "13812345678");
        using var owner = await factory.CreateStaffClientAsync();
        await PostAsync(owner, number, "Claim");
        using var colleague = await factory.CreateClientAsAsync(Colleague, "Staff");

        var (status, html, _) = await PostAsync(colleague, number, "Claim");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("该工单已由其他工作人员认领", html, StringComparison.Ordinal);
        Assert.Contains("id=\"callback\">138****5678<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("138 1234 5678", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_by_the_assignee_is_stored_masked_and_shown_on_the_ticket()
    {
        var number = await OpenTicketAsync(HandoffKind.Handoff, "我要找人工", null);
        using var client = await factory.CreateStaffClientAsync();
        await PostAsync(client, number, "Claim");

        var (_, html, _) = await PostAsync(client, number, "Note", "已电话联系市民 13987654321，告知办理地点");

        Assert.Contains("处理记录已保存", html, StringComparison.Ordinal);
        Assert.Contains("已电话联系市民 139****4321，告知办理地点", html, StringComparison.Ordinal);
        Assert.DoesNotContain("13987654321", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_on_a_ticket_nobody_claimed_is_refused_with_409()
    {
        var number = await OpenTicketAsync(HandoffKind.Handoff, "我要找人工", null);
        using var client = await factory.CreateStaffClientAsync();

        var (status, html, _) = await PostAsync(client, number, "Note", "未认领就记录");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("请先认领该工单", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_note_is_refused_with_400()
    {
        var number = await OpenTicketAsync(HandoffKind.Handoff, "我要找人工", null);
        using var client = await factory.CreateStaffClientAsync();
        await PostAsync(client, number, "Claim");

        var (status, html, _) = await PostAsync(client, number, "Note", "   ");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请填写处理记录", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_ticket_removes_it_from_the_open_queue_and_is_audited()
    {
        var number = await OpenTicketAsync(HandoffKind.Complaint, "投诉排队太久", null);
        using var client = await factory.CreateStaffClientAsync();
        await PostAsync(client, number, "Claim");

        var (_, html, _) = await PostAsync(client, number, "Close", "已致电道歉并说明改进措施");

        Assert.Contains("id=\"ticket-status\">已关闭<", html, StringComparison.Ordinal);
        var queue = await client.GetStringAsync(new Uri("/Console/Tickets", UriKind.Relative));
        Assert.DoesNotContain($">{number}<", queue, StringComparison.Ordinal);
        var audited = await AuditActionsAsync(number);
        Assert.Equal([CurationAction.Claim, CurationAction.Close], audited);
    }

    [Fact]
    public async Task An_unknown_ticket_answers_404()
    {
        using var client = await factory.CreateStaffClientAsync();

        using var response = await client.GetAsync(new Uri("/console/tickets/20000101-9999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<(HttpStatusCode Status, string Html, string? ConversationId)> PostAsync(HttpClient client, string number, string handler, string? note = null)
    {
        var page = new Uri("/console/tickets/" + number, UriKind.Relative);
        var fields = new Dictionary<string, string>();
        if (note is not null)
        {
            fields["NoteText"] = note;
        }

        return ConsolePages.PostFormAsync(client, page, new Uri($"/console/tickets/{number}?handler={handler}", UriKind.Relative), fields);
    }

    private async Task<string> OpenTicketAsync(HandoffKind kind, string question, string? callback)
    {
        var store = factory.Services.GetRequiredService<HandoffTicketStore>();
        var (ticket, _) = await store.OpenAsync("conv-ticket-" + Guid.NewGuid().ToString("N"), kind, question, CancellationToken.None);
        if (callback is not null)
        {
            await store.SetCallbackAsync(ticket.Id, CallbackNumber.Read(callback).Number!, CancellationToken.None);
        }

        return ticket.Number;
    }

    private async Task<List<CurationAction>> AuditActionsAsync(string number)
    {
        var databases = factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>();
        await using var db = await databases.CreateDbContextAsync();
        return await db.AuditEntries
            .Where(e => e.EntityType == AuditEntityTypes.HandoffTicket && e.EntityId == number)
            .OrderBy(e => e.Id)
            .Select(e => e.Action)
            .ToListAsync();
    }
}
