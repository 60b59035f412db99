using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDeskBot.Migrations.PostgreSQL.ServiceDesk
{
    /// <inheritdoc />
    public partial class DocumentReviewAndSupersession : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApprovedRevision",
                table: "CorpusDocuments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupersededById",
                table: "CorpusDocuments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtractedRepeals",
                table: "CorpusDocumentRevisions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewFlags",
                table: "CorpusDocumentRevisions",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            // Uploads kept before source kinds applied to them are official documents, as new uploads are.
            migrationBuilder.Sql("UPDATE \"CorpusDocuments\" SET \"SourceKind\" = 'official' WHERE NOT \"IsSeed\" AND \"SourceKind\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovedRevision",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "ExtractedRepeals",
                table: "CorpusDocumentRevisions");

            migrationBuilder.DropColumn(
                name: "ReviewFlags",
                table: "CorpusDocumentRevisions");
        }
    }
}
