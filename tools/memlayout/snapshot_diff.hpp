// The layout drift between two JSON snapshots, reported the way abidiff reports ABI drift:
// one line per change. Used by `memlayout diff`.
#ifndef MEMLAYOUT_TOOLS_SNAPSHOT_DIFF_HPP
#define MEMLAYOUT_TOOLS_SNAPSHOT_DIFF_HPP

#include <nlohmann/json.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace memlayout::tool {

/// A document that is not a memlayout snapshot or layout, or cannot be read.
struct bad_document : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// The layouts of a document, by type name: a snapshot (memlayout::json_snapshot, schema
/// memlayout.snapshot/1) or one layout (memlayout::to_json, memlayout.layout/1 or /2).
std::map<std::string, nlohmann::json> layouts_of(const nlohmann::json& document, const std::string& name);

/// Reads and parses a file into the layouts it holds.
std::map<std::string, nlohmann::json> read_layouts(const std::string& path);

/// The changes from `before` to `after`, one sentence each, e.g.
/// "C30_Ordered: offset of `a` changed from 0 to 8". Types are compared by identity: their
/// kind, size, signedness and spelling, with the spelling made uniform (GCC's
/// "long unsigned int" is Clang's "unsigned long"), so that snapshots made by two compilers of
/// the same code show no drift.
std::vector<std::string> drift(const std::map<std::string, nlohmann::json>& before,
                               const std::map<std::string, nlohmann::json>& after);

/// A type's spelling made uniform, as memlayout spells types since memlayout.layout/2.
std::string uniform_type_spelling(const std::string& spelled);

}  // namespace memlayout::tool

#endif
