using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedKeysAndDisplayNameLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "normalized_display_name",
                table: "users",
                type: "TEXT",
                maxLength: 1024,
                nullable: true);

            // Rows written before this column existed: best effort in SQL (on SQLite upper() folds ASCII only); every
            // later write sets it from .NET.
            migrationBuilder.Sql("UPDATE users SET normalized_display_name = upper(trim(display_name)) WHERE display_name IS NOT NULL;");

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_company_id_normalized_display_name",
                table: "users",
                columns: new[] { "company_id", "normalized_display_name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropIndex(
                name: "ix_users_company_id_normalized_display_name",
                table: "users");

            migrationBuilder.DropColumn(
                name: "normalized_display_name",
                table: "users");
        }
    }
}
