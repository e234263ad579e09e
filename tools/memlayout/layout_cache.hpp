// The answers of `memlayout show`, kept so that asking again with the same inputs needs no
// compiler: keyed by the compiler, its flags and the translation unit, and valid while every
// file the compilation read (the compiler's dependency list) has the same contents.
#ifndef MEMLAYOUT_TOOLS_LAYOUT_CACHE_HPP
#define MEMLAYOUT_TOOLS_LAYOUT_CACHE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace memlayout::tool {

/// A 64-bit hash of bytes (not cryptographic: it tells files and inputs apart).
std::uint64_t content_hash(std::string_view bytes, std::uint64_t seed = 0);

/// The hash of a file's contents, or nothing when it cannot be read.
std::optional<std::uint64_t> file_hash(const std::string& path);

/// The files a make-style dependency file (`-MD -MF`) lists.
std::vector<std::string> read_dependency_file(const std::string& path);

class layout_cache {
public:
    /// A cache in `directory` (created when first stored to); an empty directory: no cache.
    explicit layout_cache(std::string directory) : directory_(std::move(directory)) {}

    /// The key of a set of inputs.
    static std::string key_of(const std::vector<std::string>& inputs);

    /// What was stored under `key`, if every file it depends on is unchanged.
    std::optional<std::string> find(const std::string& key) const;

    /// Stores `answer` under `key`, valid while `files` keep their contents. Errors are ignored:
    /// a cache that cannot be written only makes the next call slower.
    void store(const std::string& key, const std::vector<std::string>& files, std::string_view answer) const;

    [[nodiscard]] const std::string& directory() const noexcept { return directory_; }

private:
    std::string directory_;
};

/// Where the cache lives: $MEMLAYOUT_CACHE_DIR, else $XDG_CACHE_HOME/memlayout, else
/// ~/.cache/memlayout.
std::string default_cache_directory();

}  // namespace memlayout::tool

#endif
