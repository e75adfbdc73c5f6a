import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { AdminDealView, ProjectDetail } from '@shared/api'
import { emptyLaunchForm, launchInput, type LaunchForm } from '@/admin/project-console'
import { listAdminDeals } from '@/services/admin'
import { launchProject } from '@/services/admin-cocreation'
import type { ConsoleRun } from './use-project-console'

/** 上市: the brand's deals to pick from and the launch form (optionally a C2M pre-sale). */
export function useLaunch(project: ProjectDetail, run: ConsoleRun) {
  const [deals, setDeals] = useState<AdminDealView[]>([])
  const [form, setForm] = useState<LaunchForm>(() => emptyLaunchForm(new Date()))
  useEffect(() => {
    listAdminDeals().then((r) => setDeals(r.items), () => setDeals([]))
  }, [])
  const set = <K extends keyof LaunchForm>(key: K, value: LaunchForm[K]) => setForm((f) => ({ ...f, [key]: value }))

  const submit = async () => {
    const checked = launchInput(form, new Date())
    if (!checked.ok) {
      Taro.showToast({ title: checked.error, icon: 'none' })
      return
    }
    const deal = deals.find((d) => d.dealId === checked.input.dealId)
    const { confirm } = await Taro.showModal({
      title: '确认上市',
      content: `「${project.title}」关联「${deal?.title ?? ''}」${checked.input.presale ? `，以预售方式：截止前预订满 ${checked.input.presale.minQuantity} 件即生产，否则全部退款` : ''}。共创官将获得分销码。`,
      confirmText: '确认上市',
    })
    if (confirm) await run('launch', '已上市', () => launchProject(project.projectId, checked.input.dealId, checked.input.presale))
  }

  return { deals, form, set, submit }
}
