using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDeskBot.Migrations.Sqlite.ServiceDesk
{
    /// <inheritdoc />
    public partial class AskLogAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Answer",
                table: "AskLog",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CitedPassageIds",
                table: "AskLog",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Answer",
                table: "AskLog");

            migrationBuilder.DropColumn(
                name: "CitedPassageIds",
                table: "AskLog");
        }
    }
}
