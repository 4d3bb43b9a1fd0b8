#include "plan_form.hpp"

namespace naskah::serve {

std::string PlanForm::value(std::string_view name) const {
  auto found = fields_.find(name);
  return found == fields_.end() || !found->second.file_name.empty() ? std::string() : found->second.content;
}

const FormField* PlanForm::file(std::string_view name) const {
  auto found = fields_.find(name);
  return found == fields_.end() || found->second.file_name.empty() ? nullptr : &found->second;
}

}  // namespace naskah::serve
