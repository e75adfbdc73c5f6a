import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { ProjectDetail } from '@shared/api'
import { acceptRules } from '@/services/cocreation'
import { toAppError } from '@/services/app-error'

/**
 * 规则先行: before a contribution, the caller must have accepted the project's current
 * rules. `gate(run)` runs at once when they have; otherwise it opens the rules sheet and
 * runs after 同意规则 (never when the sheet is closed).
 */
export function useRulesGate(project: ProjectDetail | undefined, onAccepted: (acceptedVersion: number) => void) {
  const [open, setOpen] = useState(false)
  const [accepting, setAccepting] = useState(false)
  const pending = useRef<(() => void) | null>(null)

  const gate = (run: () => void) => {
    if (!project) return
    if (project.accepted) return run()
    pending.current = run
    setOpen(true)
  }

  /** Opens the sheet to read (and accept) the rules without a contribution waiting. */
  const show = () => {
    pending.current = null
    setOpen(true)
  }

  const close = () => {
    pending.current = null
    setOpen(false)
  }

  const accept = async () => {
    if (!project || accepting) return
    setAccepting(true)
    try {
      const version = await acceptRules(project.projectId, project.rulesVersion)
      onAccepted(version)
      setOpen(false)
      const run = pending.current
      pending.current = null
      if (run) setTimeout(run, 0)
      else Taro.showToast({ title: '已同意规则', icon: 'success' })
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      setAccepting(false)
    }
  }

  return { open, accepting, gate, show, close, accept }
}
