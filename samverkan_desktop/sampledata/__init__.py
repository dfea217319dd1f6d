"""samverkan_desktop.sampledata"""
