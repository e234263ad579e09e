#include "snapshot_diff.hpp"

#include <memlayout/detail/type_name.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace memlayout::tool {

std::string uniform_type_spelling(const std::string& spelled) {
    // memlayout's own compile-time spelling rules, run at run time on an older document.
    std::string uniform(detail::uniform_spelling(spelled, nullptr), '\0');
    detail::uniform_spelling(spelled, uniform.data());
    std::string written(detail::with_aliases(uniform, nullptr), '\0');
    detail::with_aliases(uniform, written.data());
    return written;
}

std::map<std::string, nlohmann::json> layouts_of(const nlohmann::json& document, const std::string& name) {
    if (!document.is_object() || !document.contains("schema") || !document["schema"].is_string())
        throw bad_document(name + ": not a memlayout snapshot or layout (no \"schema\")");
    const std::string schema = document["schema"];
    std::map<std::string, nlohmann::json> layouts;
    if (schema == "memlayout.snapshot/1") {
        for (const nlohmann::json& layout : document.at("layouts")) layouts[layout.at("type").get<std::string>()] = layout;
    } else if (schema == "memlayout.layout/1" || schema == "memlayout.layout/2" ||
               schema == "memlayout.layout/3" || schema == "memlayout.layout/4") {
        layouts[document.at("type").get<std::string>()] = document;
    } else {
        throw bad_document(name + ": schema \"" + schema + "\" is not one this memlayout reads (memlayout.snapshot/1, "
                                  "memlayout.layout/1, memlayout.layout/2, memlayout.layout/3, memlayout.layout/4)");
    }
    // Documents of schema 1 carry the compiler's spelling of types.
    for (auto& [type, layout] : layouts)
        for (nlohmann::json& member : layout.at("members"))
            if (member.contains("type")) member["type"] = uniform_type_spelling(member["type"].get<std::string>());
    return layouts;
}

std::map<std::string, nlohmann::json> read_layouts(const std::string& path) {
    std::ifstream file(path);
    if (!file) throw bad_document(path + ": cannot be read");
    try {
        return layouts_of(nlohmann::json::parse(file), path);
    } catch (const nlohmann::json::exception& error) {
        throw bad_document(path + ": " + error.what());
    }
}

namespace {

std::string text_of(const nlohmann::json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

void compare_layout(const std::string& name, nlohmann::json old, nlohmann::json now, std::vector<std::string>& changes) {
    const auto figure = [&](const char* key, const char* what) {
        if (old.value(key, nlohmann::json()) != now.value(key, nlohmann::json()))
            changes.push_back(name + ": " + what + " changed from " + text_of(old.value(key, nlohmann::json())) + " to " +
                              text_of(now.value(key, nlohmann::json())));
    };
    figure("size", "size");
    figure("align", "alignment");
    figure("packing", "packing");
    figure("target", "target");

    // Members by name; a base by its type, "<ancestor Base>"; the vptr as "<vptr>" (GCC names
    // it _vptr.Class, Clang _vptr$Class); a member without a name (anonymous, or a name the
    // compiler did not show) by its place among the members, "#3".
    std::map<std::string, const nlohmann::json*> old_members, new_members;
    const auto key_members = [](nlohmann::json& members) {
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (members[i].value("vptr", false)) members[i]["name"] = "<vptr>";
            if (!members[i].at("name").get<std::string>().empty()) continue;
            if (members[i].value("base", false)) members[i]["name"] = "<ancestor " + members[i].at("type").get<std::string>() + ">";
            else members[i]["name"] = "#" + std::to_string(i);
        }
    };
    key_members(old.at("members"));
    key_members(now.at("members"));
    for (const nlohmann::json& m : old.at("members")) old_members[m.at("name").get<std::string>()] = &m;
    for (const nlohmann::json& m : now.at("members")) new_members[m.at("name").get<std::string>()] = &m;
    for (const nlohmann::json& m : now.at("members"))
        if (!old_members.count(m.at("name").get<std::string>()))
            changes.push_back(name + ": member `" + m.at("name").get<std::string>() + "` inserted at " + text_of(m.at("offset")));
    for (const nlohmann::json& m : old.at("members"))
        if (!new_members.count(m.at("name").get<std::string>()))
            changes.push_back(name + ": member `" + m.at("name").get<std::string>() + "` removed (was at " +
                              text_of(m.at("offset")) + ")");
    for (const nlohmann::json& m : old.at("members")) {
        const std::string member = m.at("name");
        const auto found = new_members.find(member);
        if (found == new_members.end()) continue;
        const nlohmann::json& n = *found->second;
        const auto member_figure = [&](const char* key, const char* what) {
            const nlohmann::json a = m.value(key, nlohmann::json()), b = n.value(key, nlohmann::json());
            if (a != b) changes.push_back(name + ": " + what + " of `" + member + "` changed from " + text_of(a) + " to " + text_of(b));
        };
        member_figure("offset", "offset");
        member_figure("size", "size");
        // A type's identity: its kind and spelling (its size is reported above); signedness
        // where the documents say it.
        member_figure("kind", "kind");
        member_figure("type", "type");
        if (m.contains("signed") && n.contains("signed")) member_figure("signed", "signedness");
        member_figure("align", "alignment");
        member_figure("bit_offset", "bit offset");
        member_figure("bit_width", "bit width");
        member_figure("extents", "extents");
    }
    std::vector<std::string> old_order, new_order;
    for (const nlohmann::json& m : old.at("members"))
        if (new_members.count(m.at("name").get<std::string>())) old_order.push_back(m.at("name"));
    for (const nlohmann::json& m : now.at("members"))
        if (old_members.count(m.at("name").get<std::string>())) new_order.push_back(m.at("name"));
    if (old_order != new_order) {
        const auto join = [](const std::vector<std::string>& names) {
            std::string text;
            for (const std::string& n : names) text += (text.empty() ? "" : ", ") + n;
            return text;
        };
        changes.push_back(name + ": members reordered from " + join(old_order) + " to " + join(new_order));
    }
}

}  // namespace

std::vector<std::string> drift(const std::map<std::string, nlohmann::json>& before,
                               const std::map<std::string, nlohmann::json>& after) {
    std::vector<std::string> changes;
    for (const auto& [name, layout] : before)
        if (!after.count(name)) changes.push_back("type `" + name + "` removed");
    for (const auto& [name, layout] : after) {
        const auto old = before.find(name);
        if (old == before.end()) changes.push_back("type `" + name + "` added");
        else compare_layout(name, old->second, layout, changes);
    }
    return changes;
}

}  // namespace memlayout::tool
