using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDeskBot.Migrations.Sqlite.DirectLine
{
    /// <inheritdoc />
    public partial class HandoffWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AssignedAt",
                table: "DirectLineHandoffTickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "DirectLineHandoffTickets",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CallbackDeclined",
                table: "DirectLineHandoffTickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CallbackNumberMasked",
                table: "DirectLineHandoffTickets",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallbackNumberProtected",
                table: "DirectLineHandoffTickets",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "DirectLineHandoffTickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "DirectLineHandoffTickets",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "DirectLineHandoffTickets",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Handoff");

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "DirectLineHandoffTickets",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            // Tickets of earlier releases had no number; they get one that cannot collide with a dated number.
            migrationBuilder.Sql("""
                UPDATE "DirectLineHandoffTickets" SET "Number" = 'OLD-' || "Id";
                """);

            migrationBuilder.CreateTable(
                name: "DirectLineHandoffTicketNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineHandoffTicketNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectLineHandoffTicketNotes_DirectLineHandoffTickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "DirectLineHandoffTickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineHandoffTickets_ConversationId",
                table: "DirectLineHandoffTickets",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineHandoffTickets_Number",
                table: "DirectLineHandoffTickets",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineHandoffTicketNotes_TicketId",
                table: "DirectLineHandoffTicketNotes",
                column: "TicketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectLineHandoffTicketNotes");

            migrationBuilder.DropIndex(
                name: "IX_DirectLineHandoffTickets_ConversationId",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropIndex(
                name: "IX_DirectLineHandoffTickets_Number",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "CallbackDeclined",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "CallbackNumberMasked",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "CallbackNumberProtected",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "DirectLineHandoffTickets");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "DirectLineHandoffTickets");
        }
    }
}
