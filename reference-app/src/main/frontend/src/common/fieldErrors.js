import { ref } from 'vue'

/**
 * Problems the server named by field (problem+json errors[].field, or violations of a validation report), shown at
 * the form item they belong to: 'items[1]' and 'dataItems[0].name' are reported at 'items' and at the data item.
 */
export function useFieldErrors() {
  const errors = ref([])

  function setErrors(list) {
    errors.value = (list || []).filter(e => e.field)
    return errors.value.length > 0
  }

  function fieldError(field) {
    const found = errors.value.filter(e => e.field === field || e.field.startsWith(field + '[') || e.field.startsWith(field + '.'))
    return found.length ? found.map(e => e.message).join('；') : ''
  }

  return { errors, setErrors, fieldError }
}
