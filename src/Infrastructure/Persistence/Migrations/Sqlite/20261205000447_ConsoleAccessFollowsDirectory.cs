using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "directory_link",
                table: "accounts",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "ByEmail");

            migrationBuilder.AddColumn<Guid>(
                name: "held_for_person_id",
                table: "accounts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "held_since",
                table: "accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "linked_person_id",
                table: "accounts",
                type: "TEXT",
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
