using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ConsoleAccessFollowsDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "directory_hold",
                table: "accounts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "directory_link",
                table: "accounts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "ByEmail");

            migrationBuilder.AddColumn<Guid>(
                name: "held_for_person_id",
                table: "accounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "held_since",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "linked_person_id",
                table: "accounts",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "directory_hold",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "directory_link",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "held_for_person_id",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "held_since",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "linked_person_id",
                table: "accounts");
        }
    }
}
