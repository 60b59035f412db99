using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDeskBot.Migrations.PostgreSQL.ServiceDesk
{
    /// <inheritdoc />
    public partial class AskLogDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AskLog_Channel_At_Figures",
                table: "AskLog");

            migrationBuilder.AddColumn<int>(
                name: "Day",
                table: "AskLog",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_AskLog_Channel_Day_Figures",
                table: "AskLog",
                columns: new[] { "Channel", "Day" })
                .Annotation("Npgsql:IndexInclude", new[] { "Intent", "Answered", "Mode", "Feedback" });

            migrationBuilder.CreateIndex(
                name: "IX_AskLog_Channel_Id",
                table: "AskLog",
                columns: new[] { "Channel", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AskLog_DayPending",
                table: "AskLog",
                column: "At",
                filter: "\"Day\" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AskLog_Channel_Day_Figures",
                table: "AskLog");

            migrationBuilder.DropIndex(
                name: "IX_AskLog_Channel_Id",
                table: "AskLog");

            migrationBuilder.DropIndex(
                name: "IX_AskLog_DayPending",
                table: "AskLog");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "AskLog");

            migrationBuilder.CreateIndex(
                name: "IX_AskLog_Channel_At_Figures",
                table: "AskLog",
                columns: new[] { "Channel", "At" })
                .Annotation("Npgsql:IndexInclude", new[] { "Intent", "Answered", "Mode", "Feedback" });
        }
    }
}
