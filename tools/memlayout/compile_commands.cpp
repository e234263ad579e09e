#include "compile_commands.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string_view>

namespace memlayout::tool {

namespace fs = std::filesystem;

std::vector<std::string> split_command(const std::string& command) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    char quote = 0;
    for (std::size_t i = 0; i < command.size(); ++i) {
        const char c = command[i];
        if (quote == '\'') {
            if (c == '\'') quote = 0;
            else word += c;
        } else if (quote == '"') {
            if (c == '"') quote = 0;
            else if (c == '\\' && i + 1 < command.size() && std::string_view("\"\\$`").find(command[i + 1]) != std::string_view::npos)
                word += command[++i];
            else word += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == '\\' && i + 1 < command.size()) {
            word += command[++i];
            in_word = true;
        } else if (c == ' ' || c == '\t' || c == '\n') {
            if (in_word) words.push_back(word);
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (quote != 0) throw bad_compile_commands("a command with an unclosed quote: " + command);
    if (in_word) words.push_back(word);
    return words;
}

namespace {

fs::path absolute_in(const std::string& directory, const std::string& path) {
    return (fs::path(path).is_absolute() ? fs::path(path) : fs::path(directory) / path).lexically_normal();
}

fs::path same_file_key(const fs::path& path) {
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(path, error);
    return error ? path : canonical;
}

}  // namespace

compile_command read_compile_command(const std::string& database, const std::string& source) {
    std::ifstream in(database);
    if (!in) throw bad_compile_commands("cannot read " + database);
    nlohmann::json entries;
    try {
        entries = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& error) {
        throw bad_compile_commands(database + " is not JSON: " + error.what());
    }
    if (!entries.is_array()) throw bad_compile_commands(database + " is not a compilation database (a JSON array)");
    const fs::path wanted = same_file_key(fs::absolute(source).lexically_normal());
    for (const nlohmann::json& entry : entries) {
        if (!entry.is_object() || !entry.contains("file") || !entry.contains("directory")) continue;
        const std::string directory = entry["directory"].get<std::string>();
        const std::string file = entry["file"].get<std::string>();
        if (same_file_key(absolute_in(directory, file)) != wanted) continue;
        std::vector<std::string> words;
        if (entry.contains("arguments")) words = entry["arguments"].get<std::vector<std::string>>();
        else if (entry.contains("command")) words = split_command(entry["command"].get<std::string>());
        if (words.empty()) throw bad_compile_commands(database + ": the entry for " + source + " has no command");
        compile_command result{directory, words.front(), {}};
        for (std::size_t i = 1; i < words.size(); ++i) {
            const std::string& w = words[i];
            if (w == "-o" || w == "-MF" || w == "-MT" || w == "-MQ") {
                ++i;  // and its argument
            } else if (w == "-c" || w == "-S" || w == "-E" || w == "-MD" || w == "-MMD" || w == "-MP" || w == "-M" ||
                       w == "-MM" || w == "--" || w.starts_with("-flto") || w.starts_with("-o") ||
                       w.starts_with("-MF") || w.starts_with("-MT") || w.starts_with("-MQ")) {
            } else if (!w.starts_with("-") && same_file_key(absolute_in(directory, w)) == wanted) {
            } else {
                result.flags.push_back(w);
            }
        }
        return result;
    }
    throw bad_compile_commands(database + " has no entry for " + source);
}

}  // namespace memlayout::tool
