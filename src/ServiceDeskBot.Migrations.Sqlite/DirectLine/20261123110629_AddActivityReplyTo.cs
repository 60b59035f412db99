using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDeskBot.Migrations.Sqlite.DirectLine
{
    /// <inheritdoc />
    public partial class AddActivityReplyTo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReplyToId",
                table: "DirectLineActivities",
                type: "TEXT",
                maxLength: 96,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineActivities_ConversationId_ReplyToId",
                table: "DirectLineActivities",
                columns: new[] { "ConversationId", "ReplyToId" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineActivities_TimestampMs",
                table: "DirectLineActivities",
                column: "TimestampMs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectLineActivities_ConversationId_ReplyToId",
                table: "DirectLineActivities");

            migrationBuilder.DropIndex(
                name: "IX_DirectLineActivities_TimestampMs",
                table: "DirectLineActivities");

            migrationBuilder.DropColumn(
                name: "ReplyToId",
                table: "DirectLineActivities");
        }
    }
}
