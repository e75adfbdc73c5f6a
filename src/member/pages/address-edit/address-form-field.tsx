import type { ReactNode } from 'react'
import { FormField } from '@/components/form-field'

export interface AddressFormFieldProps {
  label: string
  /** Why the value was refused, when this field is the one refused. */
  error?: string
  children: ReactNode
}

/** One field of the address form: its label, its control, and the error under it. */
export function AddressFormField(props: AddressFormFieldProps) {
  return <FormField block='address-form' {...props} />
}
