using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDeskBot.Migrations.Sqlite.ServiceDesk
{
    /// <inheritdoc />
    public partial class AskLogChannelPeriodIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AskLog_Channel_At_Figures",
                table: "AskLog",
                columns: new[] { "Channel", "At", "Intent", "Answered", "Mode", "Feedback", "Question" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AskLog_Channel_At_Figures",
                table: "AskLog");
        }
    }
}
