using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ServiceDeskBot.Migrations.PostgreSQL.DirectLine
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
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "DirectLineHandoffTickets",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CallbackDeclined",
                table: "DirectLineHandoffTickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CallbackNumberMasked",
                table: "DirectLineHandoffTickets",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallbackNumberProtected",
                table: "DirectLineHandoffTickets",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "DirectLineHandoffTickets",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "DirectLineHandoffTickets",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "DirectLineHandoffTickets",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Handoff");

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "DirectLineHandoffTickets",
                type: "character varying(16)",
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TicketId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineHandoffTicketNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectLineHandoffTicketNotes_DirectLineHandoffTickets_Ticke~",
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
